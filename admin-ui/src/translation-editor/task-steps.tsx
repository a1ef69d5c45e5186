import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { Key } from '../i18n/en.ts';
import { type T, useT } from '../i18n/i18n.tsx';
import { ConfirmDialog } from '../manage/dialog.tsx';
import { StatusLine } from '../manage/feedback.tsx';
import { type DeskRights, mayStep, type Step } from './desk-rights.ts';
import type { TaskDetail } from './types.ts';

/*
 * The desk's steps for this task, only those the user may take now: claim, hand in, send back
 * (a note is required), approve, publish, update. A refusal from the server (403, 422) is shown
 * in words; publishing refused for machine-drafted blocks names them and goes to the first.
 */

/** Words for the fields a step's refusal may name. */
const ISSUE_LABELS: Record<string, Key> = {
  status: 'te.steps.theTask',
  note: 'te.steps.theNote',
  blocks: 'te.steps.theTranslation',
  headline: 'editor.field.headline',
};

/** A refused step in sentences: the API's message, then each field issue with its field. */
export function refusalText(error: unknown, t: T): string[] {
  if (!(error instanceof ApiError)) return [t('manage.unreachable')];
  const issues = error.issues
    .filter((issue) => issue.code !== 'issue.machineDrafted')
    .map((issue) => {
      const label = ISSUE_LABELS[issue.path.split('.')[0] ?? ''];
      return label ? `${t(label)} ${issue.message}.` : issue.message;
    });
  return [error.message, ...issues];
}

/** Machine-drafted blocks named by a refused publication (error.blockIds). */
export function machineDraftedOf(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  const ids = error.details.blockIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

type Form = 'submit' | 'sendBack' | null;

export function TaskSteps(props: {
  detail: TaskDetail;
  rights: DeskRights;
  userId: string;
  /** Saves the text first (handing in or publishing what is on screen); false: not saved. */
  saveFirst(): Promise<boolean>;
  /** After a step: read the task again. */
  refresh(): Promise<unknown>;
  /** Publication refused for these machine-drafted blocks: the screen shows and goes to them. */
  onMachineDrafted(blockIds: string[]): void;
  /** Reviewers may open the text in review to fix it themselves. */
  fixing: boolean;
  onFixing(fixing: boolean): void;
  /** Extra controls of the screen (machine drafts), placed with the steps. */
  children?: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const { task } = props.detail;
  const may = (step: Step) => mayStep(task, props.rights, props.userId, step);
  const [form, setForm] = useState<Form>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [refusal, setRefusal] = useState<{ lines: string[]; noteError?: string } | null>(null);
  const [declining, setDeclining] = useState(false);

  const step = async (
    path: string,
    body: unknown,
    done: Key,
    options: { save?: boolean } = {},
  ): Promise<boolean> => {
    setBusy(true);
    setMessage('');
    setRefusal(null);
    props.onMachineDrafted([]);
    try {
      if (options.save && !(await props.saveFirst())) {
        setRefusal({ lines: [t('te.steps.notSaved')] });
        return false;
      }
      await api('POST', `/translation-tasks/${task.id}/${path}`, body);
      setMessage(t(done));
      await props.refresh();
      return true;
    } catch (error) {
      const drafted = machineDraftedOf(error);
      if (drafted.length) {
        // The screen's notice names the blocks and goes to the first: nothing to add here.
        props.onMachineDrafted(drafted);
        return false;
      }
      const noteError = error instanceof ApiError ? error.issueAt('note') : undefined;
      // The note's issue is shown at the note, not twice.
      const text = `${t('te.steps.theNote')} ${noteError}.`;
      setRefusal({
        lines: refusalText(error, t).filter((line) => !noteError || line !== text),
        ...(noteError ? { noteError: text } : {}),
      });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const submitForm = async (event: FormEvent) => {
    event.preventDefault();
    const ok =
      form === 'submit'
        ? await step('submit', { note }, 'te.steps.submitted', { save: true })
        : await step('send-back', { note }, 'te.steps.sentBack');
    if (ok) {
      setForm(null);
      setNote('');
    }
  };

  const button = (key: Key, onClick: () => void, primary = false) => (
    <button
      type="button"
      className={primary ? 'primary' : undefined}
      aria-disabled={busy || undefined}
      onClick={() => busy || onClick()}
    >
      {t(key)}
    </button>
  );

  const noteId = `${id}-note`;
  return (
    <section className="task-steps" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('te.steps.title')}
      </h2>
      <div className="row-actions">
        {may('claim')
          ? button('te.steps.claim', () => void step('claim', undefined, 'te.steps.claimed'), true)
          : null}
        {may('start')
          ? button('te.steps.start', () => void step('start', undefined, 'te.steps.started'), true)
          : null}
        {may('submit') && form !== 'submit'
          ? button('te.steps.submit', () => setForm('submit'), true)
          : null}
        {may('approve')
          ? button(
              'te.steps.approve',
              () => void step('approve', {}, 'te.steps.approved', { save: true }),
              true,
            )
          : null}
        {may('publish')
          ? button(
              'te.steps.publish',
              () => void step('publish', undefined, 'te.steps.published', { save: true }),
              true,
            )
          : null}
        {may('sendBack') && form !== 'sendBack'
          ? button('te.steps.sendBack', () => setForm('sendBack'))
          : null}
        {may('update')
          ? button(
              'te.steps.update',
              () => void step('update', undefined, 'te.steps.updating'),
              true,
            )
          : null}
        {may('release')
          ? button('te.steps.release', () => void step('release', undefined, 'te.steps.released'))
          : null}
        {may('sendBack') && !may('submit')
          ? button(props.fixing ? 'te.steps.stopFixing' : 'te.steps.fix', () =>
              props.onFixing(!props.fixing),
            )
          : null}
        {props.children}
        {may('decline') ? button('te.steps.decline', () => setDeclining(true)) : null}
      </div>
      {form ? (
        <form className="task-steps__form" onSubmit={(event) => void submitForm(event)} noValidate>
          <label htmlFor={noteId}>
            {form === 'submit' ? t('te.steps.submitNote') : t('te.steps.sendBackNote')}
          </label>
          <textarea
            id={noteId}
            rows={3}
            value={note}
            // biome-ignore lint/a11y/noAutofocus: the form opens on request, to be typed in.
            autoFocus
            aria-invalid={refusal?.noteError ? true : undefined}
            aria-describedby={refusal?.noteError ? `${noteId}-error` : undefined}
            onChange={(event) => setNote(event.target.value)}
          />
          {refusal?.noteError ? (
            <p className="error" id={`${noteId}-error`}>
              {refusal.noteError}
            </p>
          ) : null}
          <div className="row-actions">
            <button type="submit" className="primary" aria-disabled={busy || undefined}>
              {form === 'submit' ? t('te.steps.submitConfirm') : t('te.steps.sendBackConfirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setForm(null);
                setRefusal(null);
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {refusal ? (
        <div className="form-error" role="alert">
          {refusal.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      <StatusLine message={busy ? t('te.steps.working') : message} />
      {declining ? (
        <ConfirmDialog
          title={t('te.steps.declineTitle')}
          message={<p>{t('te.steps.declineText')}</p>}
          confirm={t('te.steps.declineConfirm')}
          busy={busy}
          onCancel={() => setDeclining(false)}
          onConfirm={() => {
            setDeclining(false);
            void step('decline', {}, 'te.steps.declined');
          }}
        />
      ) : null}
    </section>
  );
}
