import { useLanguage, useT } from '../i18n/i18n.tsx';
import type { TranslationModel } from './use-translation.ts';

/** "Saving…", "Saved at 14:02", or why not with a way to try again: read out as it changes. */
export function SaveLine(props: { model: TranslationModel }) {
  const t = useT();
  const language = useLanguage();
  const { status, dirty, editable } = props.model;
  let text = '';
  let tone: 'ok' | 'busy' | 'warn' | 'error' = 'ok';
  let retry = false;
  if (status.kind === 'saving') {
    text = t('editor.save.saving');
    tone = 'busy';
  } else if (status.kind === 'conflict' || props.model.conflict) {
    text = t('te.save.conflict');
    tone = 'error';
  } else if (dirty && (status.kind === 'invalid' || status.kind === 'failed')) {
    text = t('editor.save.failed', { message: status.message });
    tone = 'error';
    retry = true;
  } else if (dirty && status.kind === 'offline') {
    text = t('editor.save.offline');
    tone = 'error';
    retry = true;
  } else if (dirty) {
    text = editable ? t('editor.save.unsavedAuto') : t('editor.save.unsaved');
    tone = 'warn';
  } else if (status.kind === 'saved') {
    const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' });
    text = t('editor.save.savedAt', { time: time.format(status.at) });
  } else if (editable) {
    text = t('editor.save.upToDate');
  }
  return (
    <div className="save-line">
      <p className={`save-status save-status--${tone}`} role="status">
        {text}
      </p>
      {retry ? (
        <button type="button" onClick={() => void props.model.save()}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
