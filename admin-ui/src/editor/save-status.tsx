import { useLanguage, useT } from '../i18n/i18n.tsx';
import type { ArticleEditorModel } from './use-article-editor.ts';

/** "Saving…", "Saved at 14:02", or why not: the one status line, read out as it changes. */
export function SaveStatus(props: { model: ArticleEditorModel }) {
  const t = useT();
  const language = useLanguage();
  const { model } = props;
  const { status, dirty } = model;
  const time = (date: Date) =>
    new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(date);
  const live = model.article?.status === 'published' && !model.article.deletedAt;

  let text: string;
  let tone: 'ok' | 'busy' | 'warn' | 'error' = 'ok';
  if (status.kind === 'saving') {
    text = t('editor.save.saving');
    tone = 'busy';
  } else if (status.kind === 'conflict' || model.conflict) {
    text = t('editor.save.conflict');
    tone = 'error';
  } else if (dirty && status.kind === 'invalid') {
    text = t('editor.save.invalid', { message: status.message });
    tone = 'error';
  } else if (dirty && status.kind === 'failed') {
    text = t('editor.save.failed', { message: status.message });
    tone = 'error';
  } else if (dirty && status.kind === 'offline') {
    text = t('editor.save.offline');
    tone = 'error';
  } else if (
    dirty &&
    (status.kind === 'needs-headline' || !(model.article || model.fields.headline.trim()))
  ) {
    text = t('editor.save.needsHeadline');
    tone = 'warn';
  } else if (dirty) {
    text = live
      ? t('editor.save.unsavedLive')
      : model.autosaves
        ? t('editor.save.unsavedAuto')
        : t('editor.save.unsaved');
    tone = 'warn';
  } else if (model.savedAt) {
    text = t('editor.save.savedAt', { time: time(model.savedAt) });
  } else if (!model.article) {
    text = t('editor.save.new');
  } else {
    text = t('editor.save.upToDate');
  }
  return (
    <p className={`save-status save-status--${tone}`} role="status">
      {text}
    </p>
  );
}
