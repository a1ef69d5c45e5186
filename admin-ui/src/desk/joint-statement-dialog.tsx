import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { fromLocalInput, localTimeZone } from '../editor/schedule-time.ts';
import { useT } from '../i18n/i18n.tsx';
import { Dialog } from '../manage/dialog.tsx';
import { FailureMessage } from '../manage/feedback.tsx';
import { CheckboxGroup, TextField } from '../manage/fields.tsx';
import { confirmDiscard } from '../manage/unsaved.ts';
import { useSubmit } from '../manage/use-submit.ts';
import type { JointStatement } from './desk-types.ts';
import type { SourceArticle } from './request-translation.tsx';
import { DialogButtons, extrasPayload, TaskExtraFields, type TaskExtras } from './task-fields.tsx';
import { useNetworkEditions } from './use-network-editions.ts';

/** The first field issue under `targets` (the editions), whichever edition it names. */
function targetsIssue(error: Error | null): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.issues.find((issue) => issue.path === 'targets' || issue.path.startsWith('targets.'))
    ?.message;
}

/**
 * Prepares a joint statement from an unpublished article: the editions it goes out on (a task
 * opens on each), and optionally the time it publishes itself; without one it publishes once
 * every translation is approved.
 */
export function JointStatementDialog(props: {
  article: SourceArticle;
  onClose(): void;
  onPrepared(statement: JointStatement): void;
}) {
  const t = useT();
  const editions = useNetworkEditions();
  const form = useSubmit();
  const [targets, setTargets] = useState<string[]>([]);
  const [publishAt, setPublishAt] = useState('');
  const [timeError, setTimeError] = useState<string | undefined>();
  const [extra, setExtra] = useState<TaskExtras>({ priority: 'high', dueOn: '', notes: '' });
  const dirty = targets.length > 0 || publishAt !== '' || extra.notes.trim() !== '';
  const others = (editions ?? []).filter((edition) => edition.id !== props.article.siteId);

  const close = () => {
    if (confirmDiscard(dirty, t('manage.discardChanges'))) props.onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTimeError(undefined);
    const at = publishAt ? fromLocalInput(publishAt) : null;
    if (publishAt && !at) {
      setTimeError(t('desk.statement.badTime'));
      return;
    }
    const made: { statement?: JointStatement } = {};
    const ok = await form.run(async () => {
      made.statement = await api<JointStatement>('POST', '/joint-statements', {
        sourceArticleId: props.article.id,
        targets: targets.map((siteId) => ({ siteId })),
        ...extrasPayload(extra),
        publishAt: at,
      });
    }, '');
    if (ok && made.statement) props.onPrepared(made.statement);
  };
  const forbidden = form.error instanceof ApiError && form.error.status === 403;

  return (
    <Dialog title={t('desk.statement.prepareTitle')} onClose={close} size="wide">
      <form className="manage-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="desk-dialog__task" lang={props.article.language}>
          {props.article.headline}
        </p>
        <p className="hint">{t('desk.statement.explain')}</p>
        {editions === null ? <p>{t('app.loading')}</p> : null}
        <CheckboxGroup
          legend={t('desk.statement.editions')}
          name="statement-editions"
          values={targets}
          options={others.map((edition) => ({
            value: edition.id,
            label: t('desk.editionWithLanguage', {
              edition: edition.name,
              language: edition.language,
            }),
          }))}
          error={targetsIssue(form.error)}
          onChange={(siteId, checked) =>
            setTargets(
              checked ? [...targets, siteId] : targets.filter((chosen) => chosen !== siteId),
            )
          }
        />
        <TextField
          id="statement-publish-at"
          type="datetime-local"
          label={t('desk.statement.publishAt')}
          hint={t('desk.statement.publishAtHint', { zone: localTimeZone() })}
          value={publishAt}
          error={timeError ?? form.issue('publishAt')}
          onChange={(event) => setPublishAt(event.target.value)}
        />
        <TaskExtraFields
          idPrefix="statement"
          value={extra}
          onChange={setExtra}
          issue={form.issue}
        />
        {forbidden ? (
          <p className="form-error" role="alert">
            {t('desk.statement.forbidden')}
          </p>
        ) : (
          <FailureMessage
            form={form}
            shown={['targets', 'publishAt', 'priority', 'dueOn', 'notes']}
          />
        )}
        <DialogButtons submit={t('desk.statement.prepare')} busy={form.busy} onCancel={close} />
      </form>
    </Dialog>
  );
}
