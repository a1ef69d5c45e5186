import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { useLoad } from '../components/use-load.ts';
import { useT } from '../i18n/i18n.tsx';
import { Dialog } from '../manage/dialog.tsx';
import { FailureMessage } from '../manage/feedback.tsx';
import { SelectField, TextAreaField } from '../manage/fields.tsx';
import { LoadFailure } from '../manage/load-failure.tsx';
import { confirmDiscard } from '../manage/unsaved.ts';
import { useSubmit } from '../manage/use-submit.ts';
import type { TaskCard, TranslationTask, Translator } from './desk-types.ts';
import { DialogButtons, extrasPayload, TaskExtraFields, type TaskExtras } from './task-fields.tsx';

/** Where each dialog sends the user after it did its step: what happened, in words. */
interface StepDialogProps {
  card: TaskCard;
  onClose(): void;
  onDone(message: string): void;
}

/** Gives the task to someone who translates on the edition (managers). */
export function AssignDialog(props: StepDialogProps & { siteId: string }) {
  const t = useT();
  const form = useSubmit();
  const people = useLoad(
    () => api<Translator[]>('GET', `/sites/${props.siteId}/translators`),
    [props.siteId],
  );
  const [userId, setUserId] = useState(props.card.assignee?.id ?? '');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const person = people.data?.find((candidate) => candidate.id === userId);
    const ok = await form.run(
      () => api<TranslationTask>('POST', `/translation-tasks/${props.card.id}/assign`, { userId }),
      '',
    );
    if (ok) props.onDone(t('desk.assign.done', { name: person?.name ?? '' }));
  };
  return (
    <Dialog title={t('desk.assign.title')} onClose={props.onClose}>
      <form className="manage-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="desk-dialog__task" lang={props.card.source.language}>
          {props.card.source.headline}
        </p>
        <LoadFailure error={people.error} retry={people.reload} />
        <SelectField
          id="assign-person"
          label={t('desk.assign.person')}
          value={userId}
          required
          error={form.issue('userId')}
          onChange={(event) => setUserId(event.target.value)}
        >
          <option value="" disabled>
            {people.loading ? t('app.loading') : t('desk.assign.choose')}
          </option>
          {(people.data ?? []).map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
        <FailureMessage form={form} shown={['userId']} />
        <DialogButtons submit={t('desk.assign.submit')} busy={form.busy} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
}

/** Declines the task for good, with a note saying why (managers). */
export function DeclineDialog(props: StepDialogProps) {
  const t = useT();
  const form = useSubmit();
  const [note, setNote] = useState('');
  const close = () => {
    if (confirmDiscard(note.trim() !== '', t('manage.discardChanges'))) props.onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await form.run(
      () =>
        api<TranslationTask>('POST', `/translation-tasks/${props.card.id}/decline`, {
          note: note.trim(),
        }),
      '',
    );
    if (ok) props.onDone(t('desk.decline.done', { headline: props.card.source.headline }));
  };
  return (
    <Dialog title={t('desk.decline.title')} onClose={close}>
      <form className="manage-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="desk-dialog__task" lang={props.card.source.language}>
          {props.card.source.headline}
        </p>
        <p className="hint">{t('desk.decline.explain')}</p>
        <TextAreaField
          id="decline-note"
          label={t('desk.decline.note')}
          value={note}
          maxLength={5000}
          error={form.issue('note')}
          onChange={(event) => setNote(event.target.value)}
        />
        <FailureMessage form={form} shown={['note']} />
        <DialogButtons submit={t('desk.decline.submit')} busy={form.busy} onCancel={close} danger />
      </form>
    </Dialog>
  );
}

/** Changes a task's priority, due date and notes (managers). */
export function EditTaskDialog(props: StepDialogProps) {
  const t = useT();
  const form = useSubmit();
  const start: TaskExtras = {
    priority: props.card.priority,
    dueOn: props.card.dueOn ?? '',
    notes: props.card.notes,
  };
  const [fields, setFields] = useState(start);
  const dirty = JSON.stringify(fields) !== JSON.stringify(start);
  const close = () => {
    if (confirmDiscard(dirty, t('manage.discardChanges'))) props.onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await form.run(
      () =>
        api<TranslationTask>('PATCH', `/translation-tasks/${props.card.id}`, extrasPayload(fields)),
      '',
    );
    if (ok) props.onDone(t('desk.edit.done', { headline: props.card.source.headline }));
  };
  return (
    <Dialog title={t('desk.edit.title')} onClose={close}>
      <form className="manage-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="desk-dialog__task" lang={props.card.source.language}>
          {props.card.source.headline}
        </p>
        <TaskExtraFields idPrefix="task" value={fields} onChange={setFields} issue={form.issue} />
        <FailureMessage form={form} shown={['priority', 'dueOn', 'notes']} />
        <DialogButtons submit={t('common.save')} busy={form.busy} onCancel={close} />
      </form>
    </Dialog>
  );
}
