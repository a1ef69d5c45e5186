import { useRef, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { useLoad } from '../components/use-load.ts';
import { deskRights } from '../desk/desk-access.ts';
import { DeskHeader } from '../desk/desk-tabs.tsx';
import type { Subscription } from '../desk/desk-types.ts';
import {
  fieldsOfSubscription,
  newSubscription,
  SubscriptionForm,
} from '../desk/subscription-form.tsx';
import { listJoiner, subscriptionSentence } from '../desk/subscription-words.ts';
import { useLanguageName, useNetworkEditions } from '../desk/use-network-editions.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { ConfirmDialog, Dialog } from '../manage/dialog.tsx';
import { FailureMessage, StatusLine } from '../manage/feedback.tsx';
import { LoadFailure } from '../manage/load-failure.tsx';
import { RowButton, TableHead } from '../manage/table-parts.tsx';
import { confirmDiscard } from '../manage/unsaved.ts';
import { useSubmit } from '../manage/use-submit.ts';
import { useSession } from '../session.tsx';

/**
 * An edition's subscriptions to its sister editions: each one's rules in a sentence, adding,
 * changing, pausing and ending them (translation managers and site admins).
 */
export function Subscriptions(props: { siteId: string }) {
  const t = useT();
  const language = useLanguage();
  const languageName = useLanguageName();
  const { session, sites } = useSession();
  const site = sites.find((candidate) => candidate.id === props.siteId);
  const rights = deskRights(session, sites, props.siteId);
  const editions = useNetworkEditions();
  const list = useLoad(
    () => api<Subscription[]>('GET', `/sites/${props.siteId}/translation-subscriptions`),
    [props.siteId],
  );
  const action = useSubmit();
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<Subscription | null>(null);
  const [deleting, setDeleting] = useState<Subscription | null>(null);
  const editDirty = useRef(false);
  const subscriptions = list.data ?? [];
  const editionLanguage = site?.language ?? '';

  const names = {
    edition: (id: string) => editions?.find((edition) => edition.id === id)?.name ?? id,
    section: (id: string) =>
      editions?.flatMap((edition) => edition.sections).find((section) => section.id === id)?.name ??
      id,
    language: languageName,
    list: listJoiner(language),
  };
  const sentence = (subscription: Subscription) =>
    subscriptionSentence(subscription, editionLanguage, names, t);

  const put = (subscription: Subscription) =>
    list.setData(
      subscriptions.some((item) => item.id === subscription.id)
        ? subscriptions.map((item) => (item.id === subscription.id ? subscription : item))
        : [...subscriptions, subscription],
    );

  const setActive = async (subscription: Subscription, active: boolean) => {
    setMessage('');
    await action.run(
      async () => {
        put(
          await api<Subscription>('PATCH', `/translation-subscriptions/${subscription.id}`, {
            active,
          }),
        );
      },
      t(active ? 'desk.sub.resumed' : 'desk.sub.paused', { rules: sentence(subscription) }),
    );
  };

  const remove = async (subscription: Subscription) => {
    setMessage('');
    const ok = await action.run(
      () => api('DELETE', `/translation-subscriptions/${subscription.id}`),
      t('desk.sub.deleted', { rules: sentence(subscription) }),
    );
    setDeleting(null);
    if (ok) list.setData(subscriptions.filter((item) => item.id !== subscription.id));
  };

  const forbidden = list.error instanceof ApiError && list.error.status === 403;
  return (
    <section className="desk manage" aria-labelledby="desk-title">
      <DeskHeader siteId={props.siteId} current="subscriptions" title={t('desk.sub.title')} />
      <p className="lede">{t('desk.sub.lede')}</p>
      <LoadFailure error={list.error} retry={() => void list.reload()} />
      {list.loading && !list.data ? <p>{t('app.loading')}</p> : null}
      {list.data ? (
        <>
          <p className="count">{t('desk.sub.count', { count: subscriptions.length })}</p>
          {subscriptions.length === 0 ? <p>{t('desk.sub.none')}</p> : null}
          {subscriptions.length > 0 ? (
            <table className="subscription-table">
              <TableHead
                caption={t('desk.sub.caption')}
                columns={[t('desk.sub.rules'), t('desk.sub.priority'), t('desk.sub.state')]}
                actions={rights.subscriptions}
              />
              <tbody>
                {subscriptions.map((subscription) => (
                  <tr key={subscription.id}>
                    <th scope="row">{sentence(subscription)}</th>
                    <td>{t(`desk.priority.${subscription.priority}`)}</td>
                    <td>
                      {subscription.active ? (
                        <span className="badge badge--published">{t('desk.sub.active')}</span>
                      ) : (
                        <span className="badge badge--paused">{t('desk.sub.pausedState')}</span>
                      )}
                    </td>
                    {rights.subscriptions ? (
                      <td>
                        <div className="actions">
                          <RowButton
                            label={t('common.edit')}
                            row={sentence(subscription)}
                            onClick={() => {
                              setMessage('');
                              setEditing(subscription);
                            }}
                          />
                          <RowButton
                            label={t(subscription.active ? 'desk.sub.pause' : 'desk.sub.resume')}
                            row={sentence(subscription)}
                            aria-disabled={action.busy || undefined}
                            onClick={() =>
                              action.busy || void setActive(subscription, !subscription.active)
                            }
                          />
                          <RowButton
                            label={t('common.delete')}
                            row={sentence(subscription)}
                            className="danger"
                            onClick={() => setDeleting(subscription)}
                          />
                        </div>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <FailureMessage form={action} />
          <StatusLine message={message || action.status} />
        </>
      ) : null}

      {rights.subscriptions && !forbidden && editions ? (
        <section aria-labelledby="add-subscription-title" className="manage-block create-panel">
          <h2 id="add-subscription-title">{t('desk.sub.add')}</h2>
          <SubscriptionForm
            siteId={props.siteId}
            editions={editions}
            initial={newSubscription(editionLanguage)}
            idPrefix="new-subscription"
            submitLabel={t('desk.sub.addSubmit')}
            onSaved={(subscription) => {
              put(subscription);
              setMessage(t('desk.sub.added', { rules: sentence(subscription) }));
            }}
          />
        </section>
      ) : null}

      {editing && editions ? (
        <Dialog
          title={t('desk.sub.editTitle')}
          size="wide"
          onClose={() => {
            if (confirmDiscard(editDirty.current, t('manage.discardChanges'))) setEditing(null);
          }}
        >
          <SubscriptionForm
            siteId={props.siteId}
            editions={editions}
            initial={fieldsOfSubscription(editing)}
            subscription={editing}
            idPrefix="edit-subscription"
            submitLabel={t('common.save')}
            dirtyRef={editDirty}
            onCancel={() => {
              if (confirmDiscard(editDirty.current, t('manage.discardChanges'))) setEditing(null);
            }}
            onSaved={(subscription) => {
              put(subscription);
              setEditing(null);
              setMessage(t('desk.sub.saved', { rules: sentence(subscription) }));
            }}
          />
        </Dialog>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('desk.sub.deleteTitle')}
          message={
            <>
              <p>{sentence(deleting)}</p>
              <p>{t('desk.sub.deleteText')}</p>
            </>
          }
          confirm={t('desk.sub.deleteConfirm')}
          busy={action.busy}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
          fallbackFocus="#desk-title"
        />
      ) : null}
    </section>
  );
}
