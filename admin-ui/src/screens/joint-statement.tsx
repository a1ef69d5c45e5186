import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { useLoad } from '../components/use-load.ts';
import type { JointStatement } from '../desk/desk-types.ts';
import { notReady } from '../desk/statement.ts';
import { useNetworkEditions } from '../desk/use-network-editions.ts';
import { formatWhen } from '../editor/publish-panel.tsx';
import { fromLocalInput, localTimeZone, toLocalInput } from '../editor/schedule-time.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { ConfirmDialog } from '../manage/dialog.tsx';
import { FailureMessage, StatusLine } from '../manage/feedback.tsx';
import { TextField } from '../manage/fields.tsx';
import { LoadFailure } from '../manage/load-failure.tsx';
import { TableHead } from '../manage/table-parts.tsx';
import { useSubmit } from '../manage/use-submit.ts';
import { Link } from '../router.tsx';

/**
 * A joint statement: where each edition's translation stands and whether it is ready, and
 * publishing it now (saying which editions are not ready) or at a set time.
 */
export function JointStatementScreen(props: { siteId: string; id: string }) {
  const t = useT();
  const language = useLanguage();
  const editions = useNetworkEditions();
  const statement = useLoad(
    () => api<JointStatement>('GET', `/joint-statements/${props.id}`),
    [props.id],
  );
  const action = useSubmit();
  const schedule = useSubmit();
  const [confirming, setConfirming] = useState(false);
  const [publishAt, setPublishAt] = useState('');
  const [timeError, setTimeError] = useState<string | undefined>();
  const nameOf = (siteId: string) =>
    editions?.find((edition) => edition.id === siteId)?.name ?? siteId;
  const data = statement.data;

  const publish = async () => {
    await action.run(async () => {
      statement.setData(await api<JointStatement>('POST', `/joint-statements/${props.id}/publish`));
    }, t('desk.statement.publishedNow'));
    setConfirming(false);
  };

  const setSchedule = async (at: string | null) => {
    await schedule.run(
      async () => {
        statement.setData(
          await api<JointStatement>('PUT', `/joint-statements/${props.id}/schedule`, {
            publishAt: at,
          }),
        );
      },
      at ? t('desk.statement.scheduledDone') : t('desk.statement.unscheduledDone'),
    );
  };

  const submitSchedule = (event: FormEvent) => {
    event.preventDefault();
    setTimeError(undefined);
    const at = fromLocalInput(publishAt);
    if (!at) {
      setTimeError(t('desk.statement.badTime'));
      return;
    }
    void setSchedule(at);
  };

  const forbidden = (error: Error | null) => error instanceof ApiError && error.status === 403;
  const waiting = data ? notReady(data, nameOf) : [];
  const statusText = data
    ? data.status === 'published' && data.publishedAt
      ? t('desk.statement.statePublished', { when: formatWhen(data.publishedAt, language) })
      : data.status === 'scheduled' && data.publishAt
        ? t('desk.statement.stateScheduled', { when: formatWhen(data.publishAt, language) })
        : t('desk.statement.statePreparing')
    : '';

  return (
    <section className="desk manage joint-statement" aria-labelledby="statement-title">
      <p className="breadcrumb">
        <Link to={`/sites/${props.siteId}/desk`}>{t('desk.title')}</Link>
      </p>
      <h1 id="statement-title">{t('desk.statement.title')}</h1>
      <LoadFailure error={statement.error} retry={() => void statement.reload()} />
      {statement.loading && !data ? <p>{t('app.loading')}</p> : null}
      {data ? (
        <>
          {data.source ? (
            <p className="joint-statement__source">
              <Link to={`/articles/${data.source.articleId}`} lang={data.source.language}>
                {data.source.headline}
              </Link>{' '}
              <span className="note">
                {t('desk.editionWithLanguage', {
                  edition: nameOf(data.source.siteId),
                  language: data.source.language,
                })}
              </span>
            </p>
          ) : null}
          <p className="joint-statement__state">{statusText}</p>
          <p className="count">
            {t('desk.statement.readyCount', {
              ready: data.readyCount,
              count: data.editions.length,
            })}
          </p>
          <table className="statement-table">
            <TableHead
              caption={t('desk.statement.editionsCaption')}
              columns={[
                t('desk.statement.edition'),
                t('desk.statement.task'),
                t('desk.statement.ready'),
              ]}
            />
            <tbody>
              {data.editions.map((edition) => (
                <tr key={edition.taskId}>
                  <th scope="row">
                    {t('desk.editionWithLanguage', {
                      edition: nameOf(edition.siteId),
                      language: edition.language,
                    })}
                  </th>
                  <td>
                    <Link to={`/translations/${edition.taskId}`}>
                      {t(`desk.taskStatus.${edition.status}`)}
                    </Link>
                  </td>
                  <td>
                    {edition.ready ? (
                      <span className="ok-text">{t('desk.statement.isReady')}</span>
                    ) : (
                      <span className="warning-text">{t('desk.statement.notReady')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          {data.status !== 'published' ? (
            <>
              <section className="manage-block" aria-labelledby="statement-publish-title">
                <h2 id="statement-publish-title">{t('desk.statement.publishTitle')}</h2>
                <p className="hint">{t('desk.statement.publishHint')}</p>
                <button
                  type="button"
                  className="primary"
                  aria-disabled={action.busy || undefined}
                  onClick={() => action.busy || setConfirming(true)}
                >
                  {t('desk.statement.publishNow')}
                </button>
                {forbidden(action.error) ? (
                  <p className="form-error" role="alert">
                    {t('desk.statement.forbidden')}
                  </p>
                ) : (
                  <FailureMessage form={action} />
                )}
              </section>
              <section className="manage-block" aria-labelledby="statement-schedule-title">
                <h2 id="statement-schedule-title">{t('desk.statement.scheduleTitle')}</h2>
                <form className="inline-form inline-form--row" onSubmit={submitSchedule} noValidate>
                  <TextField
                    id="statement-schedule-at"
                    type="datetime-local"
                    label={t('desk.statement.publishAt')}
                    hint={t('desk.statement.zone', { zone: localTimeZone() })}
                    value={
                      publishAt || (data.publishAt ? toLocalInput(new Date(data.publishAt)) : '')
                    }
                    error={timeError ?? schedule.issue('publishAt')}
                    onChange={(event) => setPublishAt(event.target.value)}
                  />
                  <button type="submit" aria-disabled={schedule.busy || undefined}>
                    {t('desk.statement.schedule')}
                  </button>
                </form>
                {data.publishAt ? (
                  <button
                    type="button"
                    aria-disabled={schedule.busy || undefined}
                    onClick={() => schedule.busy || void setSchedule(null)}
                  >
                    {t('desk.statement.unschedule')}
                  </button>
                ) : null}
                {forbidden(schedule.error) ? (
                  <p className="form-error" role="alert">
                    {t('desk.statement.forbidden')}
                  </p>
                ) : (
                  <FailureMessage form={schedule} shown={['publishAt']} />
                )}
              </section>
            </>
          ) : null}
          <StatusLine message={action.status || schedule.status} />
        </>
      ) : null}
      {confirming && data ? (
        <ConfirmDialog
          title={t('desk.statement.confirmTitle')}
          message={
            waiting.length ? (
              <>
                <p>{t('desk.statement.confirmSome', { count: waiting.length })}</p>
                <ul>
                  {waiting.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
                <p>{t('desk.statement.confirmLater')}</p>
              </>
            ) : (
              <p>{t('desk.statement.confirmAll')}</p>
            )
          }
          confirm={t('desk.statement.publishNow')}
          busy={action.busy}
          onConfirm={() => void publish()}
          onCancel={() => setConfirming(false)}
          fallbackFocus="#statement-title"
        />
      ) : null}
    </section>
  );
}
