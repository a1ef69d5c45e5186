import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { Webhook, WebhookDelivery } from '../api/types.ts';
import { When } from '../components/status.tsx';
import { useLoad } from '../components/use-load.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { ConfirmDialog } from '../manage/dialog.tsx';
import { FailureMessage, StatusLine } from '../manage/feedback.tsx';
import { LoadFailure } from '../manage/load-failure.tsx';
import { focusSecretPanel, SecretPanel } from '../manage/secret-panel.tsx';
import { RowButton, TableHead } from '../manage/table-parts.tsx';
import { useSubmit } from '../manage/use-submit.ts';
import { answerText, DeliveryBadge, DeliveryLog } from '../manage/webhook-deliveries.tsx';
import { AddWebhookForm, EditWebhookDialog, type WithSecret } from '../manage/webhook-form.tsx';

/** The header every delivery is signed in, as docs/webhooks.md names it. */
const SIGNATURE_HEADER = 'Tribune-Signature';

/** How a receiver checks a delivery's signature, in short; the docs say it at length. */
function VerifyHint() {
  const t = useT();
  const [before, after] = t('manage.webhooks.verifyHeader').split('{header}');
  return (
    <>
      <p>
        {before}
        <code>{SIGNATURE_HEADER}</code>
        {after}
      </p>
      <p>{t('manage.webhooks.verifyHow')}</p>
      <p>{t('manage.webhooks.verifyDocs')}</p>
    </>
  );
}

/** The newest delivery of each endpoint, for the list: loaded once each, then kept up to date. */
function useLatestDeliveries(webhooks: Webhook[] | null) {
  const [latest, setLatest] = useState<Record<string, WebhookDelivery | null>>({});
  const asked = useRef(new Set<string>());
  useEffect(() => {
    for (const webhook of webhooks ?? []) {
      if (asked.current.has(webhook.id)) continue;
      asked.current.add(webhook.id);
      api<{ items: WebhookDelivery[] }>('GET', `/webhooks/${webhook.id}/deliveries?perPage=1`)
        .then((answer) =>
          setLatest((all) =>
            webhook.id in all ? all : { ...all, [webhook.id]: answer.items[0] ?? null },
          ),
        )
        // The list still works without it; the delivery log says what went wrong.
        .catch(() => undefined);
    }
  }, [webhooks]);
  // What the screen learns itself (a ping, the log's first page) is newer than what was asked.
  const set = (id: string, delivery: WebhookDelivery | null) => {
    asked.current.add(id);
    setLatest((all) => (all[id] === delivery ? all : { ...all, [id]: delivery }));
  };
  return { latest, set };
}

/**
 * An edition's webhooks: the endpoints that other systems receive its events at, adding and
 * changing them, their signing secrets (shown once), test pings and each one's delivery log.
 */
export function Webhooks(props: { siteId: string }) {
  const t = useT();
  const language = useLanguage();
  const list = useLoad(
    () => api<Webhook[]>('GET', `/sites/${props.siteId}/webhooks`),
    [props.siteId],
  );
  const webhooks = list.data ?? [];
  const forbidden = list.error instanceof ApiError && list.error.status === 403;
  const { latest, set: setLatest } = useLatestDeliveries(list.data);
  const [secret, setSecret] = useState<{ id: string; url: string; secret: string } | null>(null);
  const [editing, setEditing] = useState<Webhook | null>(null);
  /** The endpoint whose deletion or new secret is waiting to be confirmed. */
  const [confirming, setConfirming] = useState<{
    kind: 'delete' | 'rotate';
    webhook: Webhook;
  } | null>(null);
  const [log, setLog] = useState<{ id: string; watch: string | null } | null>(null);
  const [message, setMessage] = useState('');
  const action = useSubmit();
  const logged = webhooks.find((webhook) => webhook.id === log?.id) ?? null;

  const put = (webhook: Webhook) =>
    list.setData(
      webhooks.some((item) => item.id === webhook.id)
        ? webhooks.map((item) => (item.id === webhook.id ? webhook : item))
        : [...webhooks, webhook],
    );

  const showSecret = (answer: WithSecret) =>
    setSecret({ id: answer.webhook.id, url: answer.webhook.url, secret: answer.secret });
  // A new secret takes focus once on screen (after a closing dialog has given focus back).
  useEffect(() => {
    if (secret) focusSecretPanel();
  }, [secret]);

  const remove = async (webhook: Webhook) => {
    setMessage('');
    const ok = await action.run(
      () => api('DELETE', `/webhooks/${webhook.id}`),
      t('manage.webhooks.deleted', { url: webhook.url }),
    );
    setConfirming(null);
    if (ok) {
      list.setData(webhooks.filter((item) => item.id !== webhook.id));
      if (log?.id === webhook.id) setLog(null);
      if (secret?.id === webhook.id) setSecret(null);
    }
  };

  const rotate = async (webhook: Webhook) => {
    setMessage('');
    const rotated: { answer?: WithSecret } = {};
    await action.run(
      async () => {
        rotated.answer = await api<WithSecret>('POST', `/webhooks/${webhook.id}/rotate-secret`);
        put(rotated.answer.webhook);
      },
      t('manage.webhooks.rotated', { url: webhook.url }),
    );
    setConfirming(null);
    if (rotated.answer) showSecret(rotated.answer);
  };

  const ping = async (webhook: Webhook) => {
    setMessage('');
    await action.run(
      async () => {
        const delivery = await api<WebhookDelivery>('POST', `/webhooks/${webhook.id}/ping`);
        setLog({ id: webhook.id, watch: delivery.id });
        setLatest(webhook.id, delivery);
      },
      t('manage.webhooks.pingSent', { url: webhook.url }),
    );
  };

  const toggleLog = (webhook: Webhook) => {
    if (log?.id === webhook.id) {
      setLog(null);
      return;
    }
    setLog({ id: webhook.id, watch: null });
    requestAnimationFrame(() => document.getElementById('delivery-log-title')?.focus());
  };

  return (
    <section className="manage">
      <h1 id="webhooks-title" tabIndex={-1}>
        {t('manage.webhooks.title')}
      </h1>
      <p className="lede">{t('manage.webhooks.lede')}</p>
      <LoadFailure error={list.error} retry={list.reload} />
      {list.loading && !list.data ? <p>{t('app.loading')}</p> : null}
      {secret ? (
        <SecretPanel
          title={t('manage.webhooks.secretTitle', { url: secret.url })}
          secret={secret.secret}
          warning={t('manage.webhooks.secretOnlyOnce')}
          usage={<VerifyHint />}
          headingLevel={2}
          onDone={() => {
            setSecret(null);
            requestAnimationFrame(() => document.getElementById('webhooks-title')?.focus());
          }}
        />
      ) : null}
      {list.data ? (
        <>
          <FailureMessage form={action} />
          {webhooks.length === 0 ? <p>{t('manage.webhooks.none')}</p> : null}
          {webhooks.length > 0 ? (
            <table className="webhook-table">
              <TableHead
                caption={t('manage.webhooks.endpoints')}
                columns={[
                  t('manage.webhooks.endpoint'),
                  t('manage.webhooks.events'),
                  t('manage.webhooks.state'),
                  t('manage.webhooks.lastDelivery'),
                ]}
                actions
              />
              <tbody>
                {webhooks.map((webhook) => {
                  const last = latest[webhook.id];
                  return (
                    <tr key={webhook.id}>
                      <th scope="row">
                        <code className="webhook-url">{webhook.url}</code>
                        {webhook.description ? (
                          <p className="webhook-description">{webhook.description}</p>
                        ) : null}
                        <p className="note">
                          {t('manage.webhooks.secretEnds', { hint: webhook.secretHint })}
                        </p>
                      </th>
                      <td>
                        <ul className="role-list">
                          {webhook.events.map((event) => (
                            <li key={event}>{t(`manage.webhooks.event.${event}`)}</li>
                          ))}
                        </ul>
                      </td>
                      <td>
                        {webhook.active ? (
                          <span className="badge badge--published">
                            {t('manage.webhooks.stateActive')}
                          </span>
                        ) : (
                          <span className="badge badge--cancelled">
                            {t('manage.webhooks.stateOff')}
                          </span>
                        )}
                      </td>
                      <td>
                        {last ? (
                          <div className="last-delivery">
                            <DeliveryBadge status={last.status} />
                            <When iso={last.createdAt} language={language} />
                            <span>{answerText(t, last.lastStatusCode, last.lastError)}</span>
                          </div>
                        ) : last === null ? (
                          t('manage.webhooks.noDeliveries')
                        ) : null}
                      </td>
                      <td>
                        <div className="actions">
                          <RowButton
                            label={t('common.edit')}
                            row={webhook.url}
                            onClick={() => setEditing(webhook)}
                          />
                          <RowButton
                            label={t('manage.webhooks.ping')}
                            row={webhook.url}
                            aria-disabled={action.busy || undefined}
                            onClick={() => void ping(webhook)}
                          />
                          <RowButton
                            label={t('manage.webhooks.log')}
                            row={webhook.url}
                            data-log={webhook.id}
                            aria-expanded={log?.id === webhook.id}
                            aria-controls={log?.id === webhook.id ? 'delivery-log' : undefined}
                            onClick={() => toggleLog(webhook)}
                          />
                          <RowButton
                            label={t('manage.webhooks.rotate')}
                            row={webhook.url}
                            onClick={() => setConfirming({ kind: 'rotate', webhook })}
                          />
                          <RowButton
                            label={t('common.delete')}
                            row={webhook.url}
                            className="danger"
                            onClick={() => setConfirming({ kind: 'delete', webhook })}
                          />
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : null}
          <StatusLine message={message || action.status} />
        </>
      ) : null}

      {logged && log ? (
        <div id="delivery-log">
          <DeliveryLog
            key={logged.id}
            webhook={logged}
            watch={log.watch}
            onLatest={(delivery) => setLatest(logged.id, delivery)}
            onClose={() => {
              setLog(null);
              requestAnimationFrame(() =>
                document.querySelector<HTMLElement>(`[data-log="${logged.id}"]`)?.focus(),
              );
            }}
          />
        </div>
      ) : null}

      {forbidden ? null : (
        <section aria-labelledby="add-webhook-title" className="manage-block create-panel">
          <h2 id="add-webhook-title">{t('manage.webhooks.add')}</h2>
          <AddWebhookForm
            siteId={props.siteId}
            onAdded={(answer) => {
              setMessage('');
              put(answer.webhook);
              setLatest(answer.webhook.id, null);
              showSecret(answer);
            }}
          />
        </section>
      )}

      {editing ? (
        <EditWebhookDialog
          webhook={editing}
          onClose={() => setEditing(null)}
          onSaved={(webhook) => {
            put(webhook);
            setEditing(null);
            setMessage(t('manage.webhooks.saved', { url: webhook.url }));
          }}
        />
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t(`manage.webhooks.${confirming.kind}Title`, { url: confirming.webhook.url })}
          message={<p>{t(`manage.webhooks.${confirming.kind}Text`)}</p>}
          confirm={t(`manage.webhooks.${confirming.kind}Confirm`)}
          busy={action.busy}
          onConfirm={() =>
            void (confirming.kind === 'delete' ? remove : rotate)(confirming.webhook)
          }
          onCancel={() => setConfirming(null)}
          fallbackFocus="#webhooks-title"
        />
      ) : null}
    </section>
  );
}
