import { describe, expect, it } from 'vitest';
import type { Webhook, WebhookDelivery } from '../api/types.ts';
import {
  answerOf,
  anyPending,
  changedFields,
  deliveryBadge,
  fieldsChanged,
  fieldsOf,
  NEW_WEBHOOK,
  pageCount,
  readableBody,
  sortedEvents,
  withEvent,
} from './webhooks.ts';

const webhook: Webhook = {
  id: 'w1',
  siteId: 's1',
  url: 'https://hooks.example/tribune',
  description: 'Newsletter tool',
  events: ['translation.published', 'article.published'],
  active: true,
  secretHint: 'a1b2',
  createdBy: null,
  createdAt: '2026-03-10T12:00:00.000Z',
  updatedAt: '2026-03-10T12:00:00.000Z',
};

function delivery(status: WebhookDelivery['status']): WebhookDelivery {
  return {
    id: `d-${status}`,
    webhookId: 'w1',
    eventId: 'e1',
    event: 'ping',
    status,
    lastStatusCode: null,
    lastError: null,
    createdAt: '2026-03-10T12:00:00.000Z',
    finishedAt: null,
    attempts: [],
  };
}

describe('the events of a webhook', () => {
  it('keeps them in the order the API lists them, each once, unknown ones left out', () => {
    expect(
      sortedEvents(['translation.outdated', 'article.updated', 'article.updated', 'ping', 'x']),
    ).toEqual(['article.updated', 'translation.outdated']);
  });

  it('adds and removes one as its box is ticked or cleared', () => {
    const ticked = withEvent(['article.unpublished'], 'article.published', true);
    expect(ticked).toEqual(['article.published', 'article.unpublished']);
    expect(withEvent(ticked, 'article.published', true)).toEqual(ticked);
    expect(withEvent(ticked, 'article.unpublished', false)).toEqual(['article.published']);
  });
});

describe('editing a webhook', () => {
  it('starts a new one switched on, with the article events', () => {
    expect(NEW_WEBHOOK).toMatchObject({ url: '', active: true });
    expect(NEW_WEBHOOK.events).toEqual([
      'article.published',
      'article.updated',
      'article.unpublished',
    ]);
  });

  it('edits an existing one with its events in order', () => {
    expect(fieldsOf(webhook)).toEqual({
      url: webhook.url,
      description: 'Newsletter tool',
      events: ['article.published', 'translation.published'],
      active: true,
    });
  });

  it('sends only what changed', () => {
    const before = fieldsOf(webhook);
    expect(changedFields(before, before)).toEqual({});
    expect(fieldsChanged(before, before)).toBe(false);
    expect(changedFields(before, { ...before, active: false, description: 'Archive' })).toEqual({
      description: 'Archive',
      active: false,
    });
    const reordered = { ...before, events: [...before.events].reverse() };
    expect(fieldsChanged(before, reordered)).toBe(false);
    expect(
      changedFields(before, { ...before, events: ['translation.outdated', 'article.published'] }),
    ).toEqual({ events: ['article.published', 'translation.outdated'] });
  });
});

describe('the delivery log', () => {
  it('names each status by a badge style, with no colour only: the words come with it', () => {
    expect(deliveryBadge('delivered')).toBe('badge badge--published');
    expect(deliveryBadge('pending')).toBe('badge badge--pending');
    expect(deliveryBadge('failed')).toBe('badge badge--unpublished');
    expect(deliveryBadge('cancelled')).toBe('badge badge--cancelled');
  });

  it('tells an HTTP status from a failure without one, and from no answer yet', () => {
    expect(answerOf(500, null)).toEqual({ kind: 'status', code: 500 });
    expect(answerOf(502, 'ignored when there is a status')).toEqual({ kind: 'status', code: 502 });
    expect(answerOf(null, 'connection refused')).toEqual({
      kind: 'error',
      message: 'connection refused',
    });
    expect(answerOf(null, null)).toEqual({ kind: 'none' });
    expect(answerOf(null, '')).toEqual({ kind: 'none' });
  });

  it('looks again only while a delivery is pending', () => {
    expect(anyPending([delivery('delivered'), delivery('failed')])).toBe(false);
    expect(anyPending([delivery('delivered'), delivery('pending')])).toBe(true);
    expect(anyPending([])).toBe(false);
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(200, 20)).toBe(10);
  });

  it('lays the body out for reading, and leaves text as it is', () => {
    expect(readableBody({ event: 'ping', data: { n: 1 } })).toBe(
      '{\n  "event": "ping",\n  "data": {\n    "n": 1\n  }\n}',
    );
    expect(readableBody('raw text')).toBe('raw text');
    expect(readableBody(undefined)).toBe('');
  });
});
