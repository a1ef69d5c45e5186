import { Fragment, useEffect, useState } from 'react';
import { api, query } from '../api/client.ts';
import type { Webhook, WebhookDelivery } from '../api/types.ts';
import { When } from '../components/status.tsx';
import { useLoad } from '../components/use-load.ts';
import { type T, useLanguage, useT } from '../i18n/i18n.tsx';
import { FailureMessage, StatusLine } from './feedback.tsx';
import { LoadFailure } from './load-failure.tsx';
import { Pager } from './pager.tsx';
import { RowButton, TableHead } from './table-parts.tsx';
import { useSubmit } from './use-submit.ts';
import { answerOf, anyPending, deliveryBadge, pageCount, readableBody } from './webhooks.ts';

const PER_PAGE = 20;
/** How soon the log looks again for a delivery someone is waiting on (a ping, a redelivery). */
const WATCH_MS = 1500;
/** How soon it looks again while other deliveries on screen have tries to come (retries). */
const PENDING_MS = 15_000;

/** A delivery's status in words, styled as a badge (never by its colour alone). */
export function DeliveryBadge(props: { status: WebhookDelivery['status'] }) {
  const t = useT();
  return (
    <span className={deliveryBadge(props.status)}>
      {t(`manage.webhooks.status.${props.status}`)}
    </span>
  );
}

/** What the receiver answered: "HTTP 200", why there was no answer, or that none came yet. */
export function answerText(t: T, code: number | null, error: string | null): string {
  const answer = answerOf(code, error);
  if (answer.kind === 'status') return t('manage.webhooks.httpStatus', { code: answer.code });
  if (answer.kind === 'error') return answer.message;
  return t('manage.webhooks.noAnswer');
}

/** The event a delivery carried, in words. */
function eventName(t: T, event: WebhookDelivery['event']): string {
  return t(`manage.webhooks.event.${event}`);
}

/** One delivery opened: its tries, each with its answer, and the body it carried. */
function DeliveryDetails(props: { webhookId: string; delivery: WebhookDelivery }) {
  const t = useT();
  const language = useLanguage();
  const { delivery } = props;
  const detail = useLoad(
    () =>
      api<WebhookDelivery & { payload: unknown }>(
        'GET',
        `/webhooks/${props.webhookId}/deliveries/${delivery.id}`,
      ),
    [props.webhookId, delivery.id],
  );
  return (
    <div className="delivery-details">
      <h3>{t('manage.webhooks.tries')}</h3>
      {delivery.attempts.length === 0 ? (
        <p>{t('manage.webhooks.noTries')}</p>
      ) : (
        <table>
          <TableHead
            caption={t('manage.webhooks.triesOf', { id: delivery.id })}
            columns={[
              t('manage.webhooks.try'),
              t('manage.webhooks.time'),
              t('manage.webhooks.answer'),
              t('manage.webhooks.duration'),
              t('manage.webhooks.response'),
            ]}
          />
          <tbody>
            {delivery.attempts.map((attempt) => (
              <tr key={attempt.number}>
                <th scope="row">{attempt.number}</th>
                <td>
                  <When iso={attempt.attemptedAt} language={language} />
                </td>
                <td>{answerText(t, attempt.statusCode, attempt.error)}</td>
                <td>{t('manage.webhooks.milliseconds', { ms: attempt.durationMs })}</td>
                <td>
                  {attempt.responseExcerpt ? (
                    <pre className="wrapped-text">{attempt.responseExcerpt}</pre>
                  ) : (
                    <span className="note">{t('manage.webhooks.emptyResponse')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('manage.webhooks.body')}</h3>
      <p className="hint">
        {t('manage.webhooks.bodyHint', { event: delivery.event, id: delivery.id })}
      </p>
      <LoadFailure error={detail.error} retry={detail.reload} />
      {detail.data ? (
        <pre className="wrapped-text">{readableBody(detail.data.payload)}</pre>
      ) : detail.loading ? (
        <p>{t('app.loading')}</p>
      ) : null}
    </div>
  );
}

/**
 * An endpoint's delivery log, newest first, a page at a time: each delivery's status, tries and
 * last answer; open one to see its tries and body; send a finished one again. While a delivery on
 * screen is pending the log looks again every moment, and says how the ones it was asked to
 * watch (a test ping, a redelivery) ended.
 */
export function DeliveryLog(props: {
  webhook: Webhook;
  /** A delivery just asked for (a test ping): the log shows its first page and reports it. */
  watch: string | null;
  /** The newest delivery, whenever the first page is loaded, for the endpoint list. */
  onLatest(delivery: WebhookDelivery | null): void;
  onClose(): void;
}) {
  const t = useT();
  const language = useLanguage();
  const { webhook } = props;
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const [watching, setWatching] = useState<string[]>(props.watch ? [props.watch] : []);
  const [message, setMessage] = useState('');
  const redelivery = useSubmit();
  const log = useLoad(
    () =>
      api<{ total: number; items: WebhookDelivery[] }>(
        'GET',
        `/webhooks/${webhook.id}/deliveries${query({ page, perPage: PER_PAGE })}`,
      ),
    [webhook.id, page],
  );
  const items = log.data?.items ?? [];
  const total = log.data?.total ?? 0;

  // A new test ping while the log is open: back to the newest, and watch for its result.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new delivery to watch matters.
  useEffect(() => {
    if (!props.watch) return;
    setWatching((ids) => (ids.includes(props.watch ?? '') ? ids : [...ids, props.watch ?? '']));
    setPage(1);
    if (log.data) void log.reload();
  }, [props.watch]);

  // Each load: report the watched deliveries that ended, and look again while any is pending.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per answer of the log.
  useEffect(() => {
    if (!log.data) return;
    const ended = log.data.items.filter(
      (delivery) => watching.includes(delivery.id) && delivery.status !== 'pending',
    );
    const last = ended.at(-1);
    if (last) {
      setMessage(
        t('manage.webhooks.result', {
          event: eventName(t, last.event),
          url: webhook.url,
          status: t(`manage.webhooks.status.${last.status}`),
          answer: answerText(t, last.lastStatusCode, last.lastError),
        }),
      );
      setWatching((ids) => ids.filter((id) => !ended.some((delivery) => delivery.id === id)));
    }
    if (page === 1) props.onLatest(log.data.items[0] ?? null);
    if (!anyPending(log.data.items)) return;
    const waiting = log.data.items.some(
      (delivery) => delivery.status === 'pending' && watching.includes(delivery.id),
    );
    const timer = setTimeout(() => void log.reload(), waiting ? WATCH_MS : PENDING_MS);
    return () => clearTimeout(timer);
  }, [log.data]);

  const redeliver = async (delivery: WebhookDelivery) => {
    setMessage('');
    await redelivery.run(
      async () => {
        const again = await api<WebhookDelivery>(
          'POST',
          `/webhooks/${webhook.id}/deliveries/${delivery.id}/redeliver`,
        );
        setWatching((ids) => [...ids, again.id]);
        if (log.data) {
          log.setData({
            ...log.data,
            items: log.data.items.map((item) => (item.id === again.id ? again : item)),
          });
        }
      },
      t('manage.webhooks.redelivering', { event: eventName(t, delivery.event) }),
    );
  };

  return (
    <section aria-labelledby="delivery-log-title" className="manage-block delivery-log">
      <div className="toolbar">
        <h2 id="delivery-log-title" tabIndex={-1}>
          {t('manage.webhooks.logTitle', { url: webhook.url })}
        </h2>
        <div className="actions">
          <button type="button" className="small" onClick={() => void log.reload()}>
            {t('manage.webhooks.refresh')}
          </button>
          <button type="button" className="small" onClick={props.onClose}>
            {t('manage.webhooks.hideLog')}
          </button>
        </div>
      </div>
      <p className="hint">{t('manage.webhooks.logHint')}</p>
      <LoadFailure error={log.error} retry={log.reload} />
      <FailureMessage form={redelivery} />
      {log.data && items.length === 0 ? <p>{t('manage.webhooks.logEmpty')}</p> : null}
      {!log.data && log.loading ? <p>{t('app.loading')}</p> : null}
      {items.length > 0 ? (
        <table className="delivery-table">
          <TableHead
            caption={t('manage.webhooks.logTitle', { url: webhook.url })}
            columns={[
              t('manage.webhooks.time'),
              t('manage.webhooks.event'),
              t('manage.webhooks.deliveryId'),
              t('manage.webhooks.status'),
              t('manage.webhooks.tries'),
              t('manage.webhooks.lastAnswer'),
            ]}
            actions
          />
          <tbody>
            {items.map((delivery) => {
              const expanded = open === delivery.id;
              const detailsId = `delivery-${delivery.id}`;
              const which = (
                <>
                  {eventName(t, delivery.event)},{' '}
                  <When iso={delivery.createdAt} language={language} />
                </>
              );
              return (
                <Fragment key={delivery.id}>
                  <tr>
                    <td>
                      <When iso={delivery.createdAt} language={language} />
                    </td>
                    <td>
                      <code>{delivery.event}</code>
                    </td>
                    <th scope="row">
                      <code className="delivery-id">{delivery.id}</code>
                    </th>
                    <td>
                      <DeliveryBadge status={delivery.status} />
                    </td>
                    <td>{delivery.attempts.length}</td>
                    <td>{answerText(t, delivery.lastStatusCode, delivery.lastError)}</td>
                    <td>
                      <div className="actions">
                        <RowButton
                          label={t('manage.webhooks.details')}
                          row={which}
                          aria-expanded={expanded}
                          aria-controls={expanded ? detailsId : undefined}
                          onClick={() => setOpen(expanded ? null : delivery.id)}
                        />
                        {delivery.status === 'pending' ? null : (
                          <RowButton
                            label={t('manage.webhooks.redeliver')}
                            row={which}
                            aria-disabled={redelivery.busy || undefined}
                            onClick={() => void redeliver(delivery)}
                          />
                        )}
                      </div>
                    </td>
                  </tr>
                  {expanded ? (
                    <tr id={detailsId} className="delivery-details-row">
                      <td colSpan={7}>
                        <DeliveryDetails webhookId={webhook.id} delivery={delivery} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <Pager
        page={page}
        hasNext={page < pageCount(total, PER_PAGE)}
        onPage={(next) => {
          setOpen(null);
          setPage(next);
        }}
      />
      <StatusLine message={message || redelivery.status} />
    </section>
  );
}
