import { useState } from 'react';
import { api } from '../api/client.ts';
import { When } from '../components/status.tsx';
import { useLoad } from '../components/use-load.ts';
import { deskRights, managesAnyDesk } from '../desk/desk-access.ts';
import { DeskHeader } from '../desk/desk-tabs.tsx';
import type { StoryCoverage } from '../desk/desk-types.ts';
import { type CoverageColumn, coverageColumns, stateIn } from '../desk/network-columns.ts';
import { RequestTranslationDialog } from '../desk/request-translation.tsx';
import { useNetworkEditions } from '../desk/use-network-editions.ts';
import {
  STATE_MARKS,
  stateKeys,
  VERSION_STATES,
  VersionStateLabel,
} from '../desk/version-state.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { StatusLine } from '../manage/feedback.tsx';
import { LoadFailure } from '../manage/load-failure.tsx';
import { useScreenQuery } from '../manage/screen-query.ts';
import { RowButton } from '../manage/table-parts.tsx';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';

const PERIODS = [7, 14, 30, 90] as const;

/** What each symbol and word of the table means. */
function Legend() {
  const t = useT();
  return (
    <section className="manage-block network-legend" aria-labelledby="network-legend-title">
      <h2 id="network-legend-title">{t('desk.network.legend')}</h2>
      <dl>
        {VERSION_STATES.map((state) => (
          <div key={state} className={`version-state--${state}`}>
            <dt>
              <span className="version-state__mark" aria-hidden="true">
                {STATE_MARKS[state]}
              </span>{' '}
              {t(stateKeys(state).name)}
            </dt>
            <dd>{t(stateKeys(state).meaning)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * The network view for translation managers: each story first published in the last days, a
 * row; each edition (in its language), a column saying how far the story has come there. From
 * an empty cell a manager asks for a translation into that edition.
 */
export function DeskNetwork(props: { siteId: string }) {
  const t = useT();
  const language = useLanguage();
  const { session, sites } = useSession();
  const params = useScreenQuery();
  const asked = Number(params.get('days'));
  const days = (PERIODS as readonly number[]).includes(asked) ? asked : 14;
  const editions = useNetworkEditions();
  const stories = useLoad(
    () => api<StoryCoverage[]>('GET', `/translation-desk/network?days=${days}&limit=100`),
    [days],
  );
  const [request, setRequest] = useState<{ story: StoryCoverage; column: CoverageColumn } | null>(
    null,
  );
  const [done, setDone] = useState('');
  const columns = coverageColumns(editions ?? [], stories.data ?? []);
  const mayRequest = (story: StoryCoverage, column: CoverageColumn) =>
    deskRights(session, sites, column.siteId).manage ||
    deskRights(session, sites, story.original.siteId).manage;
  const editionName = (siteId: string) =>
    editions?.find((edition) => edition.id === siteId)?.name ?? '';

  return (
    <section className="desk desk-network" aria-labelledby="desk-title">
      <DeskHeader siteId={props.siteId} current="network" title={t('desk.network.title')} />
      <p className="lede">{t('desk.network.lede')}</p>
      {managesAnyDesk(session, sites) ? null : (
        <p className="notice">{t('desk.network.managersOnly')}</p>
      )}
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('desk.network.period')}
          <select
            value={days}
            onChange={(event) =>
              navigate(`/sites/${props.siteId}/desk/network?days=${event.target.value}`, {
                replace: true,
              })
            }
          >
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {t('desk.network.days', { count: period })}
              </option>
            ))}
          </select>
        </label>
      </form>
      <LoadFailure error={stories.error} retry={() => void stories.reload()} />
      <StatusLine message={done} />
      {stories.data ? (
        <>
          <p className="count" aria-live="polite">
            {t('desk.network.count', { count: stories.data.length, days })}
          </p>
          {stories.data.length === 0 ? (
            <p>{t('desk.network.empty')}</p>
          ) : (
            <div className="network-table-wrap">
              <table className="network-table">
                <caption className="visually-hidden">{t('desk.network.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('desk.network.story')}</th>
                    {columns.map((column) => (
                      <th key={`${column.siteId}-${column.language}`} scope="col">
                        {column.name}{' '}
                        <span className="network-table__language">({column.language})</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {stories.data.map((story) => (
                    <tr key={story.storyId}>
                      <th scope="row">
                        <Link
                          to={`/articles/${story.original.articleId}`}
                          lang={story.original.language}
                        >
                          {story.original.headline}
                        </Link>
                        <span className="network-table__origin">
                          {editionName(story.original.siteId)} ·{' '}
                          <When iso={story.original.publishedAt} language={language} />
                        </span>
                      </th>
                      {columns.map((column) => {
                        const state = stateIn(story, column);
                        return (
                          <td key={`${column.siteId}-${column.language}`}>
                            <VersionStateLabel state={state} />
                            {state.state === 'none' && mayRequest(story, column) ? (
                              <RowButton
                                label={t('desk.network.request')}
                                row={t('desk.network.requestRow', {
                                  headline: story.original.headline,
                                  edition: column.name,
                                })}
                                onClick={() => {
                                  setDone('');
                                  setRequest({ story, column });
                                }}
                              />
                            ) : null}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : stories.loading ? (
        <p>{t('app.loading')}</p>
      ) : null}
      <Legend />
      {request ? (
        <RequestTranslationDialog
          article={{
            id: request.story.original.articleId,
            headline: request.story.original.headline,
            siteId: request.story.original.siteId,
            language: request.story.original.language,
          }}
          targetSiteId={request.column.siteId}
          onClose={() => setRequest(null)}
          onRequested={(_task, edition) => {
            setRequest(null);
            setDone(t('desk.request.done', { edition: edition?.name ?? '' }));
            void stories.reload();
          }}
        />
      ) : null}
    </section>
  );
}
