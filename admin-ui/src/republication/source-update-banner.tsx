import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { isArticle } from '../editor/article-api.ts';
import type { ArticleEditorModel } from '../editor/use-article-editor.ts';
import { useT } from '../i18n/i18n.tsx';
import { ConfirmDialog } from '../manage/dialog.tsx';
import { ChangeKindBadge, CorrectionNotes, SourceChanges } from './source-changes.tsx';
import { useSourceEdition } from './source-edition.ts';
import { applySourceUpdate, dismissSourceUpdate, useCopyStanding } from './source-updates-api.ts';

/**
 * In the editor of a copy whose original changed: what changed, and the choice to bring the
 * copy up to it or keep the copy as it is. A copy with unsaved changes is saved first.
 */
export function SourceUpdateBanner(props: { model: ArticleEditorModel; readOnly: boolean }) {
  const t = useT();
  const { model } = props;
  const { detail } = useCopyStanding(model.article);
  const edition = useSourceEdition(detail?.source.siteId ?? null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // Applying replaces the copy's text: its own edits (saved or not) are given up after asking.
  const [confirming, setConfirming] = useState(false);
  // The result stays said (and read out) after the banner itself has gone.
  const result = (
    <p className={message?.error ? 'error' : 'hint'} aria-live="polite">
      {busy ? t('editor.publish.working') : (message?.text ?? '')}
    </p>
  );
  const article = model.article;
  if (!detail || !article || detail.state !== 'available') return result;

  const act = async (what: 'apply' | 'dismiss') => {
    setBusy(true);
    setMessage(null);
    try {
      if (model.dirty && !(await model.save())) {
        setMessage({ text: t('republication.updates.saveFirst'), error: true });
        return;
      }
      if (what === 'apply') {
        const current = model.currentArticle() ?? article;
        model.replaceWith(await applySourceUpdate(article.id, current.revision));
        setMessage({ text: t('republication.updates.applied'), error: false });
      } else {
        await dismissSourceUpdate(article.id, detail.currentRevision);
        setMessage({ text: t('republication.updates.dismissed'), error: false });
      }
    } catch (failure) {
      if (
        failure instanceof ApiError &&
        failure.status === 409 &&
        isArticle(failure.details.current)
      ) {
        setMessage({ text: t('republication.updates.conflict'), error: true });
      } else {
        setMessage({
          text: failure instanceof ApiError ? failure.message : t('manage.unreachable'),
          error: true,
        });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      className={`notice ${detail.minor ? '' : 'notice--warn '}source-update-banner`}
      aria-labelledby="source-update-title"
    >
      <h2 id="source-update-title">
        {detail.minor
          ? t('republication.updates.bannerMinor')
          : t('republication.updates.bannerTitle')}
      </h2>
      <p>
        <ChangeKindBadge kind={detail.changeKind} />{' '}
        {t('republication.updates.bannerText', {
          edition: edition?.name ?? t('republication.origin.sisterEdition'),
          headline: detail.source.headline,
        })}
      </p>
      <CorrectionNotes update={detail} />
      <div className="row-actions">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? 'source-update-changes' : undefined}
          onClick={() => setOpen(!open)}
        >
          {open ? t('republication.updates.hide') : t('republication.updates.show')}
        </button>
        {props.readOnly ? null : (
          <>
            <button
              type="button"
              className="primary"
              aria-disabled={busy || undefined}
              onClick={() => {
                if (busy) return;
                if (detail.overwritesLocalEdits || model.dirty) setConfirming(true);
                else void act('apply');
              }}
            >
              {t('republication.updates.apply')}
            </button>
            <button
              type="button"
              aria-disabled={busy || undefined}
              onClick={() => busy || void act('dismiss')}
            >
              {t('republication.updates.dismiss')}
            </button>
          </>
        )}
      </div>
      {open ? (
        <div id="source-update-changes">
          <SourceChanges detail={detail} />
        </div>
      ) : null}
      {result}
      {confirming ? (
        <ConfirmDialog
          title={t('republication.updates.confirmTitle', { headline: article.headline })}
          message={<p>{t('republication.updates.overwrites')}</p>}
          confirm={t('republication.updates.confirmApply')}
          onConfirm={() => {
            setConfirming(false);
            void act('apply');
          }}
          onCancel={() => setConfirming(false)}
          fallbackFocus="#source-update-title"
        />
      ) : null}
    </section>
  );
}
