import { useState } from 'react';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { StatusLine } from '../manage/feedback.tsx';
import type { TranslationModel } from './use-translation.ts';

/* The editor's smaller pieces: notices above the rows, the preview and machine-draft buttons. */

/** Opens the reader page of the draft (the article editor's preview), saving first. */
export function PreviewButton(props: {
  model: TranslationModel;
  articleId: string;
  update: boolean;
}) {
  const t = useT();
  const [note, setNote] = useState('');
  const preview = async () => {
    setNote('');
    // Opened now, while the click still counts as the user's: a tab opened after the save
    // would be blocked as a pop-up.
    const tab = window.open('', '_blank');
    const saved = props.model.editable && props.model.dirty ? await props.model.save() : true;
    if (!saved) {
      tab?.close();
      setNote(t('te.preview.notSaved'));
      return;
    }
    if (props.update) setNote(t('te.preview.update'));
    const url = `/newsroom/preview/${props.articleId}`;
    if (tab) {
      tab.opener = null;
      tab.location.href = url;
    } else window.open(url, '_blank', 'noopener');
  };
  return (
    <>
      <button type="button" onClick={() => void preview()}>
        {t('editor.action.preview')}
      </button>
      {note ? <StatusLine message={note} /> : null}
    </>
  );
}

/** Machine drafts of every block not marked done, each marked to be reviewed. */
export function MachineAllButton(props: { run(): Promise<number> }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      const count = await props.run();
      setMessage(t('te.machine.drafted', { count }));
    } catch (failure) {
      setError(
        failure instanceof Error && !(failure instanceof TypeError)
          ? failure.message
          : t('manage.unreachable'),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" aria-disabled={busy || undefined} onClick={() => busy || void run()}>
        {t('te.machine.all')}
      </button>
      <StatusLine message={busy ? t('te.machine.working') : message} />
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Publication refused: the blocks machine translation drafted that nobody reviewed yet. */
export function MachineDraftedNotice(props: { numbers: number[] }) {
  const t = useT();
  const language = useLanguage();
  if (!props.numbers.length) return null;
  const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(
    props.numbers.map(String),
  );
  return (
    <section className="notice notice--error" aria-labelledby="machine-drafted-title">
      <h2 id="machine-drafted-title">{t('te.machine.refusedTitle')}</h2>
      <p role="alert">{t('te.machine.refused', { blocks: list })}</p>
    </section>
  );
}

/** Someone else saved first: nothing is lost, and the way to merge. */
export function ConflictOffer(props: { model: TranslationModel; onMerge(): void }) {
  const t = useT();
  const conflict = props.model.conflict;
  if (!conflict) return null;
  return (
    <section className="notice notice--error" aria-labelledby="te-conflict-title">
      <h2 id="te-conflict-title">{t('te.conflict.title')}</h2>
      <p role="alert">{t('te.conflict.text', { revision: conflict.revision })}</p>
      <button type="button" className="primary" onClick={props.onMerge}>
        {t('editor.conflict.open')}
      </button>
    </section>
  );
}
