import { useT } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import { deskRights, managesAnyDesk } from './desk-access.ts';

export type DeskTab = 'board' | 'network' | 'subscriptions';

/**
 * The translation desk's heading and its views: the board, the network view (managers) and
 * the subscriptions (those who keep them). The current one is marked for screen readers too.
 */
export function DeskHeader(props: { siteId: string; current: DeskTab; title: string }) {
  const t = useT();
  const { session, sites } = useSession();
  const rights = deskRights(session, sites, props.siteId);
  const tabs: [DeskTab, string, string][] = [
    ['board', `/sites/${props.siteId}/desk`, t('desk.tab.board')],
  ];
  if (managesAnyDesk(session, sites)) {
    tabs.push(['network', `/sites/${props.siteId}/desk/network`, t('desk.tab.network')]);
  }
  if (rights.subscriptions) {
    tabs.push([
      'subscriptions',
      `/sites/${props.siteId}/subscriptions`,
      t('desk.tab.subscriptions'),
    ]);
  }
  return (
    <header className="desk-header">
      <h1 id="desk-title" tabIndex={-1}>
        {props.title}
      </h1>
      {tabs.length > 1 ? (
        <nav className="desk-tabs" aria-label={t('desk.tabs')}>
          <ul>
            {tabs.map(([key, to, label]) => (
              <li key={key}>
                <Link to={to} aria-current={props.current === key ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
