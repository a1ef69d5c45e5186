import type { ReactNode } from 'react';
import type { Site } from '../api/types.ts';
import { deskNavLinks } from '../desk/desk-nav.ts';
import { NotificationBell } from '../desk/notification-bell.tsx';
import { LANGUAGES, useLanguage, useT } from '../i18n/i18n.tsx';
import { confirmLeaving } from '../manage/unsaved.ts';
import { useSourceUpdateCount } from '../republication/source-updates-api.ts';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';

/** The editions the signed-in user can open, in directory order. */
export function useSites(): Site[] {
  return useSession().sites;
}

/** The newsroom's frame: edition switcher, navigation, language, account. */
export function Shell(props: { siteId: string | null; current: string; children: ReactNode }) {
  const t = useT();
  const language = useLanguage();
  const { session, sites, signOut, setLocale } = useSession();
  const site = sites.find((candidate) => candidate.id === props.siteId) ?? null;
  const waiting = useSourceUpdateCount(site?.id ?? null);
  const links: [string, string, string][] = site
    ? [
        ['articles', `/sites/${site.id}/articles`, t('nav.articles')],
        ...deskNavLinks(site, session, sites, t),
        [
          'source-updates',
          `/sites/${site.id}/source-updates`,
          waiting
            ? t('republication.nav.sourceUpdatesCount', { count: waiting })
            : t('republication.nav.sourceUpdates'),
        ],
        ['media', `/sites/${site.id}/media`, t('nav.media')],
        ['contributors', `/sites/${site.id}/contributors`, t('nav.contributors')],
        ['taxonomy', `/sites/${site.id}/taxonomy`, t('nav.taxonomy')],
        ['pages', `/sites/${site.id}/pages`, t('nav.pages')],
        ['front-page', `/sites/${site.id}/front-page`, t('nav.frontPage')],
        ['settings', `/sites/${site.id}/settings`, t('nav.settings')],
        ['staff', `/sites/${site.id}/staff`, t('nav.staff')],
        ['webhooks', `/sites/${site.id}/webhooks`, t('nav.webhooks')],
        ['glossary', `/sites/${site.id}/glossary`, t('republication.nav.glossary')],
        ...(session?.user.isNetworkAdmin
          ? ([
              [
                'machine-translation',
                `/sites/${site.id}/machine-translation`,
                t('republication.nav.machineTranslation'),
              ],
            ] as [string, string, string][])
          : []),
      ]
    : [];
  const focusMain = () => document.getElementById('main-content')?.focus();
  return (
    <div className="shell">
      <button type="button" className="skip" onClick={focusMain}>
        {t('app.skip')}
      </button>
      <header className="topbar">
        <p className="brand">{t('app.name')}</p>
        <label className="inline">
          <span>{t('nav.edition')}</span>
          <select
            value={site?.id ?? ''}
            onChange={(event) => {
              // Asked here rather than when the address changes, so that staying puts the
              // switcher back on the edition still on screen.
              if (confirmLeaving()) navigate(`/sites/${event.target.value}/articles`);
              else event.target.value = site?.id ?? '';
            }}
          >
            {site ? null : (
              <option value="" disabled>
                {t('nav.chooseEdition')}
              </option>
            )}
            {sites.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name} ({candidate.language})
              </option>
            ))}
          </select>
        </label>
        {site ? (
          <a
            className="reader-link"
            href={`${site.host ? `https://${site.host}` : ''}${site.basePath}/`}
            target="_blank"
            rel="noreferrer"
          >
            {t('nav.readerSite')}
          </a>
        ) : null}
        <span className="spacer" />
        <label className="inline">
          <span>{t('nav.language')}</span>
          <select value={language} onChange={(event) => void setLocale(event.target.value)}>
            {Object.entries(LANGUAGES).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <NotificationBell />
        <Link to="/account" className={props.current === 'account' ? 'current' : undefined}>
          {session?.user.name}
        </Link>
        <button type="button" onClick={() => void signOut().then(() => navigate('/sign-in'))}>
          {t('nav.signOut')}
        </button>
      </header>
      <div className="body">
        <nav className="sidebar" aria-label={t('nav.main')}>
          <ul>
            {links.map(([key, to, label]) => (
              <li key={key}>
                <Link to={to} aria-current={props.current === key ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main-content" tabIndex={-1}>
          {props.children}
        </main>
      </div>
    </div>
  );
}
