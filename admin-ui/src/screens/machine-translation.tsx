import { Fragment } from 'react';
import { api } from '../api/client.ts';
import { useLoad } from '../components/use-load.ts';
import { useT } from '../i18n/i18n.tsx';
import { LoadFailure } from '../manage/load-failure.tsx';
import { TableHead } from '../manage/table-parts.tsx';
import type { MachineTranslationStatus } from '../republication/types.ts';
import { useSession } from '../session.tsx';
import '../republication/republication.css';

/** The environment variables that configure machine translation (src/config.ts). */
const VARIABLES = [
  ['TRIBUNE_MT_PROVIDER', 'republication.mt.varProvider'],
  ['TRIBUNE_MT_URL', 'republication.mt.varUrl'],
  ['TRIBUNE_MT_API_KEY', 'republication.mt.varKey'],
] as const;

/** The services Tribune can use, as the API names them. */
const PROVIDERS: Record<string, string> = { libretranslate: 'LibreTranslate', deepl: 'DeepL' };

/**
 * Machine translation, for network admins: off unless the operator configures a service in
 * the server's environment. The screen says whether it is on, which service, into which
 * languages, and how to switch it on or off (nothing here changes it).
 */
export function MachineTranslation() {
  const t = useT();
  const { session } = useSession();
  const admin = session?.user.isNetworkAdmin ?? false;
  const status = useLoad(
    () =>
      admin ? api<MachineTranslationStatus>('GET', '/machine-translation') : Promise.resolve(null),
    [admin],
  );
  const state = status.data;
  return (
    <section className="manage machine-translation">
      <h1>{t('republication.mt.title')}</h1>
      {!admin ? (
        <p role="alert">{t('republication.mt.adminsOnly')}</p>
      ) : (
        <>
          <p className="lede">{t('republication.mt.lede')}</p>
          <LoadFailure error={status.error} retry={status.reload} />
          {status.loading && !state ? <p>{t('app.loading')}</p> : null}
          {state ? (
            <section aria-labelledby="mt-state-title" className="manage-block">
              <h2 id="mt-state-title">{t('republication.mt.state')}</h2>
              <dl className="facts">
                <dt>{t('republication.mt.stateLabel')}</dt>
                <dd>
                  {state.enabled ? (
                    <span className="badge badge--published">{t('republication.mt.on')}</span>
                  ) : (
                    <span className="badge badge--unpublished">{t('republication.mt.off')}</span>
                  )}
                </dd>
                {state.enabled ? (
                  <>
                    <dt>{t('republication.mt.provider')}</dt>
                    <dd>{PROVIDERS[state.provider ?? ''] ?? state.provider}</dd>
                    <dt>{t('republication.mt.configured')}</dt>
                    <dd>{t('republication.mt.fromEnvironment')}</dd>
                  </>
                ) : null}
              </dl>
              {state.enabled ? null : <p>{t('republication.mt.offText')}</p>}
              {state.languagesError ? (
                <p className="warning-text">
                  {t('republication.mt.languagesError', { message: state.languagesError })}
                </p>
              ) : null}
            </section>
          ) : null}
          {state?.enabled && state.languages ? (
            <section aria-labelledby="mt-languages-title" className="manage-block">
              <h2 id="mt-languages-title">
                {t('republication.mt.languages', { count: state.languages.length })}
              </h2>
              <table className="mt-languages">
                <TableHead
                  caption={t('republication.mt.languagesCaption')}
                  columns={[t('republication.mt.code'), t('republication.mt.name')]}
                />
                <tbody>
                  {state.languages.map((found) => (
                    <tr key={found.code}>
                      <th scope="row">
                        <code>{found.code}</code>
                      </th>
                      <td>{found.name}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          <section aria-labelledby="mt-how-title" className="manage-block">
            <h2 id="mt-how-title">{t('republication.mt.how')}</h2>
            <p>{t('republication.mt.howText')}</p>
            <dl className="facts mt-variables">
              {VARIABLES.map(([name, about]) => (
                <Fragment key={name}>
                  <dt>
                    <code>{name}</code>
                  </dt>
                  <dd>{t(about)}</dd>
                </Fragment>
              ))}
            </dl>
            <p>{t('republication.mt.howRestart')}</p>
          </section>
        </>
      )}
    </section>
  );
}
