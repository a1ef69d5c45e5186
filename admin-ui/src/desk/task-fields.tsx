import { useT } from '../i18n/i18n.tsx';
import { SelectField, TextAreaField, TextField } from '../manage/fields.tsx';
import { localToday } from './board-filters.ts';
import { PRIORITIES, type Priority } from './desk-types.ts';

/** What a request, a joint statement and an edit of a task all say about the work. */
export interface TaskExtras {
  priority: Priority;
  /** 'YYYY-MM-DD', or '' for none. */
  dueOn: string;
  notes: string;
}

/** The extras as the API takes them: no due date is null, notes trimmed. */
export function extrasPayload(extras: TaskExtras) {
  return { priority: extras.priority, dueOn: extras.dueOn || null, notes: extras.notes.trim() };
}

/** The priority choices, most pressing last as the API lists them. */
export function PriorityOptions() {
  const t = useT();
  return (
    <>
      {PRIORITIES.map((priority) => (
        <option key={priority} value={priority}>
          {t(`desk.priority.${priority}`)}
        </option>
      ))}
    </>
  );
}

/** Priority, due date and notes, each with the API's message for it. */
export function TaskExtraFields(props: {
  idPrefix: string;
  value: TaskExtras;
  onChange(value: TaskExtras): void;
  issue(path: string): string | undefined;
  notesHint?: string;
}) {
  const t = useT();
  const { value } = props;
  return (
    <>
      <SelectField
        id={`${props.idPrefix}-priority`}
        label={t('desk.field.priority')}
        value={value.priority}
        error={props.issue('priority')}
        onChange={(event) => props.onChange({ ...value, priority: event.target.value as Priority })}
      >
        <PriorityOptions />
      </SelectField>
      <TextField
        id={`${props.idPrefix}-due`}
        type="date"
        label={t('desk.field.dueOn')}
        hint={t('desk.field.dueOnHint')}
        min={localToday()}
        value={value.dueOn}
        error={props.issue('dueOn')}
        onChange={(event) => props.onChange({ ...value, dueOn: event.target.value })}
      />
      <TextAreaField
        id={`${props.idPrefix}-notes`}
        label={t('desk.field.notes')}
        hint={props.notesHint}
        value={value.notes}
        maxLength={2000}
        error={props.issue('notes')}
        onChange={(event) => props.onChange({ ...value, notes: event.target.value })}
      />
    </>
  );
}

/** A dialog form's buttons: the step it takes, and Cancel. */
export function DialogButtons(props: {
  submit: string;
  busy: boolean;
  onCancel(): void;
  danger?: boolean;
}) {
  const t = useT();
  return (
    <div className="actions">
      <button
        type="submit"
        className={props.danger ? 'danger' : 'primary'}
        aria-disabled={props.busy || undefined}
      >
        {props.submit}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
