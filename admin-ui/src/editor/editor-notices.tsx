import { useLanguage, useT } from '../i18n/i18n.tsx';
import type { ArticleEditorModel } from './use-article-editor.ts';

/**
 * Unsaved work found in this browser from an earlier visit: bring it back, or let it go. (The
 * translation editor offers its copies with it too.)
 */
export function LocalCopyNotice(props: {
  model: Pick<ArticleEditorModel, 'offeredCopy' | 'restoreCopy' | 'discardCopy'>;
}) {
  const t = useT();
  const language = useLanguage();
  const copy = props.model.offeredCopy;
  if (!copy) return null;
  const when = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(copy.savedAt));
  return (
    <section className="notice notice--warn" aria-labelledby="local-copy-title">
      <h2 id="local-copy-title">{t('editor.copy.title')}</h2>
      <p role="alert">{t('editor.copy.text', { when })}</p>
      <div className="row-actions">
        <button type="button" className="primary" onClick={() => void props.model.restoreCopy()}>
          {t('editor.copy.restore')}
        </button>
        <button type="button" onClick={props.model.discardCopy}>
          {t('editor.copy.discard')}
        </button>
      </div>
    </section>
  );
}

/** Someone else saved first: what happened, that nothing is lost, and the way to merge. */
export function ConflictNotice(props: { model: ArticleEditorModel; onMerge(): void }) {
  const t = useT();
  const language = useLanguage();
  const conflict = props.model.conflict;
  if (!conflict) return null;
  const when = new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(
    new Date(conflict.theirs.updatedAt),
  );
  return (
    <section className="notice notice--error" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t('editor.conflict.noticeTitle')}</h2>
      <p role="alert">
        {t('editor.conflict.noticeText', { revision: conflict.theirs.revision, time: when })}
      </p>
      <button type="button" className="primary" onClick={props.onMerge}>
        {t('editor.conflict.open')}
      </button>
    </section>
  );
}
