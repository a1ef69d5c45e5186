import type { ReactElement } from 'react';
import { Shell } from '../components/shell.tsx';
import { match } from '../router.tsx';
import { TranslationDesk } from '../screens/desk.tsx';
import { DeskNetwork } from '../screens/desk-network.tsx';
import { JointStatementScreen } from '../screens/joint-statement.tsx';
import { Notifications } from '../screens/notifications.tsx';
import { Subscriptions } from '../screens/subscriptions.tsx';
import { OpenTask } from './open-task.tsx';
import './desk.css';

/** The desk's screens inside an edition: pattern, sidebar entry, render (see app.tsx). */
export const DESK_SCREENS: [
  string,
  string,
  (siteId: string, params: Record<string, string>) => ReactElement,
][] = [
  ['/sites/:siteId/desk/network', 'desk', (siteId) => <DeskNetwork siteId={siteId} />],
  ['/sites/:siteId/desk', 'desk', (siteId) => <TranslationDesk siteId={siteId} />],
  ['/sites/:siteId/subscriptions', 'desk', (siteId) => <Subscriptions siteId={siteId} />],
  [
    '/sites/:siteId/joint-statements/:id',
    'desk',
    (siteId, params) => <JointStatementScreen siteId={siteId} id={params.id ?? ''} />,
  ],
];

/**
 * The desk's screens outside any edition: one's notifications, and a bare task address (from
 * a notification or its e-mail) that opens the task where it belongs. Null for other paths.
 */
export function deskRoute(path: string, firstSiteId: string | null): ReactElement | null {
  const task = match('/translations/:id', path);
  if (task?.id) {
    return (
      <Shell siteId={null} current="">
        <OpenTask id={task.id} />
      </Shell>
    );
  }
  if (match('/notifications', path)) {
    return (
      <Shell siteId={firstSiteId} current="notifications">
        <Notifications />
      </Shell>
    );
  }
  return null;
}
