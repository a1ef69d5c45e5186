import { editionLabel, useLanguageName, useNetworkEditions } from '../desk/use-network-editions.ts';
import type { Key } from '../i18n/en.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import type { HistoryEntry, TaskDetail, TaskStatus } from './types.ts';

/** The message key of a task status's name. */
export const statusKey = (status: TaskStatus): Key => `te.status.${status}`;

/** Where the task stands: status, who has it, when it is due, how pressing, where from. */
export function TaskFacts(props: {
  detail: TaskDetail;
  progress: { done: number; total: number };
}) {
  const t = useT();
  const language = useLanguage();
  const editions = useNetworkEditions();
  const languageName = useLanguageName();
  const { task, source } = props.detail;
  const due = task.dueOn
    ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${task.dueOn}T00:00:00Z`),
      )
    : t('te.facts.noDue');
  const pinned = source.working?.revision ?? source.pinned?.revision;
  return (
    <dl className="task-facts">
      <div>
        <dt>{t('te.facts.status')}</dt>
        <dd>
          <span className={`badge badge--task-${task.status}`}>{t(statusKey(task.status))}</span>
          {task.workingCopy ? <span className="badge">{t('te.facts.update')}</span> : null}
          {task.outdated ? (
            <span className="badge badge--trash">{t('te.facts.outdated')}</span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('te.facts.assignee')}</dt>
        <dd>{task.assignee?.name ?? t('te.facts.nobody')}</dd>
      </div>
      <div>
        <dt>{t('te.facts.due')}</dt>
        <dd>{due}</dd>
      </div>
      <div>
        <dt>{t('te.facts.priority')}</dt>
        <dd>{t(`te.priority.${task.priority}`)}</dd>
      </div>
      <div>
        <dt>{t('te.facts.languages')}</dt>
        <dd>
          {t('te.facts.fromTo', {
            from: languageName(source.article.language),
            to: languageName(task.targetLanguage),
            edition: editions ? editionLabel(editions, task.sourceSiteId) : '…',
          })}
        </dd>
      </div>
      {pinned ? (
        <div>
          <dt>{t('te.facts.revision')}</dt>
          <dd>
            {t('te.facts.revisionOf', { revision: pinned, current: source.article.revision })}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('te.facts.progress')}</dt>
        <dd>{t('te.facts.done', { done: props.progress.done, total: props.progress.total })}</dd>
      </div>
      {task.notes ? (
        <div className="task-facts__notes">
          <dt>{t('te.facts.notes')}</dt>
          <dd>{task.notes}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function HistoryLine(props: { entry: HistoryEntry }) {
  const t = useT();
  const language = useLanguage();
  const { entry } = props;
  const when = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(entry.createdAt));
  return (
    <li>
      <time dateTime={entry.createdAt}>{when}</time>{' '}
      {t(`te.history.${entry.kind}`, { name: entry.actor?.name ?? t('te.history.desk') })}
      {entry.note ? <q className="task-history__note">{entry.note}</q> : null}
    </li>
  );
}

/** Who did what to the task, and when, oldest first. */
export function TaskHistory(props: { history: HistoryEntry[] }) {
  const t = useT();
  return (
    <section className="task-history" aria-labelledby="task-history-title">
      <h2 id="task-history-title">{t('te.history.title')}</h2>
      <ol>
        {props.history.map((entry) => (
          <HistoryLine key={entry.id} entry={entry} />
        ))}
      </ol>
    </section>
  );
}
