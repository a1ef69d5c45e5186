import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { Dialog } from '../manage/dialog.tsx';
import { FailureMessage } from '../manage/feedback.tsx';
import { SelectField, TextField } from '../manage/fields.tsx';
import { confirmDiscard } from '../manage/unsaved.ts';
import { useSubmit } from '../manage/use-submit.ts';
import type { NetworkEdition, TranslationTask } from './desk-types.ts';
import { DialogButtons, extrasPayload, TaskExtraFields, type TaskExtras } from './task-fields.tsx';
import { useNetworkEditions } from './use-network-editions.ts';

/** The article a translation is asked for. */
export interface SourceArticle {
  id: string;
  headline: string;
  siteId: string;
  language: string;
}

const baseOf = (tag: string) => (tag.split('-')[0] ?? tag).toLowerCase();

/** The edition to offer first: the one asked for, else the first in another language. */
export function defaultTarget(
  editions: NetworkEdition[],
  source: Pick<SourceArticle, 'siteId' | 'language'>,
  preset?: string,
): NetworkEdition | undefined {
  return (
    editions.find((edition) => edition.id === preset) ??
    editions.find(
      (edition) =>
        edition.id !== source.siteId && baseOf(edition.language) !== baseOf(source.language),
    ) ??
    editions[0]
  );
}

/**
 * Asks for a translation of a published article into any edition of the network: the target
 * edition (its language chosen with it, changeable for a section in another language),
 * priority, due date and notes. The API's refusals (a task or a version exists, the same
 * language, a due date past) show next to their fields.
 */
export function RequestTranslationDialog(props: {
  article: SourceArticle;
  /** The edition to preselect (a "none" cell of the network view). */
  targetSiteId?: string;
  onClose(): void;
  onRequested(task: TranslationTask, edition: NetworkEdition | undefined): void;
}) {
  const t = useT();
  const editions = useNetworkEditions();
  const form = useSubmit();
  const [chosen, setChosen] = useState<{ siteId: string; language: string } | null>(null);
  const [extra, setExtra] = useState<TaskExtras>({ priority: 'normal', dueOn: '', notes: '' });
  const first = editions ? defaultTarget(editions, props.article, props.targetSiteId) : undefined;
  const target = chosen ?? { siteId: first?.id ?? '', language: first?.language ?? '' };
  const edition = editions?.find((candidate) => candidate.id === target.siteId);
  const dirty = chosen !== null || extra.dueOn !== '' || extra.notes.trim() !== '';

  const close = () => {
    if (confirmDiscard(dirty, t('manage.discardChanges'))) props.onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const made: { task?: TranslationTask } = {};
    const ok = await form.run(async () => {
      made.task = await api<TranslationTask>('POST', '/translation-tasks', {
        sourceArticleId: props.article.id,
        targetSiteId: target.siteId,
        targetLanguage: target.language.trim() || undefined,
        ...extrasPayload(extra),
      });
    }, '');
    if (ok && made.task) props.onRequested(made.task, edition);
  };

  return (
    <Dialog title={t('desk.request.title')} onClose={close}>
      <form className="manage-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="desk-dialog__task" lang={props.article.language}>
          {props.article.headline}
        </p>
        {form.issue('sourceArticleId') ? (
          <p className="error">
            {t('desk.request.articleIssue', { issue: form.issue('sourceArticleId') ?? '' })}
          </p>
        ) : null}
        {editions === null ? <p>{t('app.loading')}</p> : null}
        <SelectField
          id="request-edition"
          label={t('desk.request.edition')}
          value={target.siteId}
          error={form.issue('targetSiteId')}
          onChange={(event) => {
            const next = editions?.find((candidate) => candidate.id === event.target.value);
            setChosen({ siteId: event.target.value, language: next?.language ?? '' });
          }}
        >
          {(editions ?? []).map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {t('desk.editionWithLanguage', {
                edition: candidate.name,
                language: candidate.language,
              })}
            </option>
          ))}
        </SelectField>
        <TextField
          id="request-language"
          label={t('desk.request.language')}
          hint={t('desk.request.languageHint')}
          value={target.language}
          size={10}
          error={form.issue('targetLanguage')}
          onChange={(event) => setChosen({ ...target, language: event.target.value })}
        />
        <TaskExtraFields
          idPrefix="request"
          value={extra}
          onChange={setExtra}
          issue={form.issue}
          notesHint={t('desk.request.notesHint')}
        />
        <FailureMessage
          form={form}
          shown={[
            'sourceArticleId',
            'targetSiteId',
            'targetLanguage',
            'priority',
            'dueOn',
            'notes',
          ]}
        />
        <DialogButtons submit={t('desk.request.submit')} busy={form.busy} onCancel={close} />
      </form>
    </Dialog>
  );
}
