import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, TEST_NOW, type TestContext } from '../../tests/helpers/context.ts';
import { describeEachDialect } from '../../tests/helpers/db.ts';
import { makeArticle, makeSite } from '../../tests/helpers/factories.ts';
import {
  type Receiver,
  startReceiver,
  verifyTribuneSignature,
} from '../../tests/helpers/webhook-receiver.ts';
import { AppContext } from '../context.ts';
import { silentLogger } from '../core/logger.ts';
import { unwrap } from '../core/result.ts';
import { connectDatabase, type DatabaseHandle } from '../db/connect.ts';
import type { Site } from '../sites/site.ts';
import type { WebhookEvent } from './webhook.ts';

const HOUR = 3600_000;

describeEachDialect('webhook deliveries', (dialect) => {
  let t: TestContext;
  let receiver: Receiver;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await t.ctx.jobs.stop();
    await receiver.close();
    await t.destroy();
  });

  async function endpoint(site: Site, events: WebhookEvent[], path = '/hook', active = true) {
    return unwrap(
      await t.ctx.webhooks.create(
        site.id,
        { url: `${receiver.url}${path}`, events, active },
        { userId: null },
      ),
    );
  }

  async function publishedArticle(site: Site, headline = 'Dock workers vote to strike') {
    const draft = await makeArticle(t.ctx, site, { headline });
    return unwrap(await t.ctx.articles.publishArticle(draft.id, { userId: null }));
  }

  /** Runs the due jobs, then moves the clock on, `times` over. */
  async function runFor(times: number, step = HOUR) {
    for (let round = 0; round < times; round++) {
      await t.ctx.jobs.runDue();
      t.clock.advance(step);
    }
  }

  it('posts a signed JSON body that the receiver verifies with the documented algorithm', async () => {
    const site = await makeSite(t.ctx, { slug: 'lima', basePath: '/es-pe' });
    const { webhook, secret } = await endpoint(site, ['article.published']);
    const article = await publishedArticle(site);

    expect(receiver.received).toEqual([]);
    expect(await t.ctx.jobs.runDue()).toBe(1);

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/hook');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['user-agent']).toBe('Tribune-Webhooks/0.1');
    expect(request?.headers['tribune-event']).toBe('article.published');
    const signedAt = verifyTribuneSignature(
      secret,
      request?.headers['tribune-signature'],
      request?.body ?? '',
    );
    expect(signedAt).toBe(TEST_NOW.getTime() / 1000);
    expect(
      verifyTribuneSignature(
        'whsec_wrong',
        request?.headers['tribune-signature'],
        request?.body ?? '',
      ),
    ).toBeNull();
    expect(
      verifyTribuneSignature(secret, request?.headers['tribune-signature'], `${request?.body} `),
    ).toBeNull();

    const body = JSON.parse(request?.body ?? '');
    expect(body).toEqual({
      id: expect.any(String),
      event: 'article.published',
      createdAt: TEST_NOW.toISOString(),
      site: { id: site.id, slug: 'lima' },
      data: {
        article: {
          id: article.id,
          slug: article.slug,
          headline: 'Dock workers vote to strike',
          language: 'en-US',
          url: `http://tribune.test/es-pe/${article.slug}`,
          status: 'published',
          publishedAt: TEST_NOW.toISOString(),
          updatedAt: article.updatedAt,
        },
      },
    });

    const log = await t.ctx.webhooks.deliveries(webhook.id, { limit: 10, offset: 0 });
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({
      id: request?.headers['tribune-delivery'],
      eventId: body.id,
      event: 'article.published',
      status: 'delivered',
      lastStatusCode: 200,
      finishedAt: TEST_NOW.toISOString(),
      attempts: [{ number: 1, statusCode: 200, error: null, responseExcerpt: 'ok' }],
    });
    expect(await t.ctx.jobs.runDue()).toBe(0);
  });

  it('tries again with a growing delay when the receiver fails, with the same delivery and body', async () => {
    const site = await makeSite(t.ctx);
    const { webhook, secret } = await endpoint(site, ['article.published']);
    receiver.answerWith((_request, index) =>
      index === 0 ? { status: 500, body: 'database is down' } : { status: 204 },
    );
    await publishedArticle(site);

    await t.ctx.jobs.runDue();
    expect(receiver.received.map((request) => request.status)).toEqual([500]);
    let [delivery] = (await t.ctx.webhooks.deliveries(webhook.id, { limit: 1, offset: 0 })).items;
    expect(delivery).toMatchObject({ status: 'pending', lastStatusCode: 500 });

    // The first retry comes 30 s later, give or take a fifth: not before 24 s.
    t.clock.advance(23_000);
    expect(await t.ctx.jobs.runDue()).toBe(0);
    t.clock.advance(14_000);
    expect(await t.ctx.jobs.runDue()).toBe(1);

    const [first, second] = receiver.received;
    expect(receiver.received.map((request) => request.status)).toEqual([500, 204]);
    expect(second?.headers['tribune-delivery']).toBe(first?.headers['tribune-delivery']);
    expect(second?.body).toBe(first?.body);
    expect(
      verifyTribuneSignature(secret, second?.headers['tribune-signature'], second?.body ?? ''),
    ).toBe(TEST_NOW.getTime() / 1000 + 37);
    [delivery] = (await t.ctx.webhooks.deliveries(webhook.id, { limit: 1, offset: 0 })).items;
    expect(delivery?.status).toBe('delivered');
    expect(
      delivery?.attempts.map(({ number, statusCode, responseExcerpt }) => [
        number,
        statusCode,
        responseExcerpt,
      ]),
    ).toEqual([
      [1, 500, 'database is down'],
      [2, 204, ''],
    ]);
  });

  it('gives a delivery up after its eighth try and logs every one', async () => {
    const site = await makeSite(t.ctx);
    const { webhook } = await endpoint(site, ['article.published']);
    receiver.answerWith(() => ({ status: 503, body: 'x'.repeat(5000) }));
    await publishedArticle(site);

    await runFor(12);

    expect(receiver.received).toHaveLength(8);
    expect(
      new Set(receiver.received.map((request) => request.headers['tribune-delivery'])).size,
    ).toBe(1);
    const [delivery] = (await t.ctx.webhooks.deliveries(webhook.id, { limit: 1, offset: 0 })).items;
    expect(delivery?.status).toBe('failed');
    expect(delivery?.finishedAt).not.toBeNull();
    expect(delivery?.attempts.map((attempt) => attempt.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(delivery?.attempts.every((attempt) => attempt.statusCode === 503)).toBe(true);
    expect(delivery?.attempts[0]?.responseExcerpt).toHaveLength(1024);
    expect(await t.ctx.jobs.counts()).toMatchObject({ failed: 1, queued: 0 });
  });

  it('logs a redirect, a refused connection and a receiver too slow to answer as failures', async () => {
    const site = await makeSite(t.ctx);
    const closed = await startReceiver();
    const closedUrl = closed.url;
    await closed.close();
    receiver.answerWith((request) =>
      request.path === '/moved'
        ? { status: 302, headers: { Location: `${receiver.url}/elsewhere` } }
        : { status: 200, delayMs: 2000 },
    );
    const moved = await endpoint(site, ['article.published'], '/moved');
    const slow = await endpoint(site, ['article.published'], '/slow');
    const refused = unwrap(
      await t.ctx.webhooks.create(
        site.id,
        { url: `${closedUrl}/gone`, events: ['article.published'] },
        { userId: null },
      ),
    );
    t.ctx.webhooks.deliverer.timeoutMs = 200;
    await publishedArticle(site);

    await t.ctx.jobs.runDue();

    const lastTry = async (id: string) =>
      (await t.ctx.webhooks.deliveries(id, { limit: 1, offset: 0 })).items[0]?.attempts[0];
    expect(await lastTry(moved.webhook.id)).toMatchObject({ statusCode: 302, error: null });
    expect(receiver.received.map((request) => request.path).sort()).toEqual(['/moved', '/slow']);
    expect(await lastTry(slow.webhook.id)).toMatchObject({
      statusCode: null,
      error: 'no answer within 0.2 s',
    });
    expect((await lastTry(refused.webhook.id))?.error).toMatch(/ECONNREFUSED/);
    expect(await t.ctx.jobs.counts()).toMatchObject({ queued: 3, done: 0 });
  });

  it('delivers nothing twice when the server restarts between tries', async () => {
    const site = await makeSite(t.ctx);
    await endpoint(site, ['article.published']);
    // Each delivery fails on its first try and succeeds on the next.
    const tried = new Set<string>();
    receiver.answerWith((request) => {
      const id = String(request.headers['tribune-delivery']);
      if (tried.has(id)) return { status: 200 };
      tried.add(id);
      return { status: 500 };
    });
    await publishedArticle(site, 'First');
    await publishedArticle(site, 'Second');
    await t.ctx.jobs.runDue();
    await publishedArticle(site, 'Third');
    // The first process stops here, with two retries and one first try waiting.
    await t.ctx.jobs.stop();

    const restarted = await restart();
    try {
      t.clock.advance(HOUR);
      expect(await restarted.jobs.runDue()).toBe(3);
      t.clock.advance(HOUR);
      expect(await restarted.jobs.runDue()).toBe(1);
      for (let round = 0; round < 5; round++) {
        t.clock.advance(HOUR);
        expect(await restarted.jobs.runDue()).toBe(0);
        expect(await t.ctx.jobs.runDue()).toBe(0);
      }
    } finally {
      await restarted.close();
    }

    const succeeded = receiver.received
      .filter((request) => request.status === 200)
      .map((request) => request.headers['tribune-delivery']);
    expect(succeeded).toHaveLength(3);
    expect(new Set(succeeded).size).toBe(3);
    expect(receiver.received).toHaveLength(6);
    const headlines = receiver.received
      .filter((request) => request.status === 200)
      .map((request) => JSON.parse(request.body).data.article.headline)
      .sort();
    expect(headlines).toEqual(['First', 'Second', 'Third']);
  });

  /** A second server process on the same database: its own context, connection and queue. */
  async function restart() {
    let handle: DatabaseHandle = t.database;
    if (dialect === 'postgres') {
      handle = await connectDatabase({ dialect: 'postgres', url: t.database.url ?? '' });
    }
    const ctx = await AppContext.fromConfig(t.ctx.config, {
      database: handle,
      storage: t.ctx.storage,
      logger: silentLogger,
      clock: t.clock,
    });
    return {
      jobs: ctx.jobs,
      close: async () => {
        // The shared SQLite connection is closed by the test's own context.
        if (handle === t.database) await ctx.jobs.stop();
        else await ctx.close();
      },
    };
  }

  it('sends nothing for drafts, or to other editions, inactive or uninterested endpoints', async () => {
    const site = await makeSite(t.ctx);
    const other = await makeSite(t.ctx);
    await endpoint(site, ['article.published', 'article.updated'], '/wants-published');
    await endpoint(site, ['article.unpublished'], '/wants-unpublished');
    await endpoint(
      site,
      ['article.published', 'article.updated', 'article.unpublished'],
      '/off',
      false,
    );
    await endpoint(
      other,
      ['article.published', 'article.updated', 'article.unpublished'],
      '/other',
    );

    const draft = await makeArticle(t.ctx, site, { headline: 'Draft' });
    const saved = unwrap(
      await t.ctx.articles.updateArticle(draft.id, { headline: 'Still a draft' }, draft.revision, {
        userId: null,
      }),
    );
    await t.ctx.jobs.runDue();
    expect(receiver.received).toEqual([]);

    const published = unwrap(await t.ctx.articles.publishArticle(saved.id, { userId: null }));
    unwrap(
      await t.ctx.articles.updateArticle(published.id, { dek: 'Corrected' }, published.revision, {
        userId: null,
      }),
    );
    unwrap(await t.ctx.articles.unpublishArticle(published.id, { userId: null }));
    await t.ctx.jobs.runDue();

    expect(
      receiver.received.map((request) => [request.path, request.headers['tribune-event']]),
    ).toEqual(
      expect.arrayContaining([
        ['/wants-published', 'article.published'],
        ['/wants-published', 'article.updated'],
        ['/wants-unpublished', 'article.unpublished'],
      ]),
    );
    expect(receiver.received).toHaveLength(3);
    const unpublished = receiver.received.find((request) => request.path === '/wants-unpublished');
    expect(JSON.parse(unpublished?.body ?? '{}').data.article.status).toBe('unpublished');
  });

  it('cancels what was waiting for an endpoint that is switched off', async () => {
    const site = await makeSite(t.ctx);
    const { webhook } = await endpoint(site, ['article.published']);
    await publishedArticle(site);
    unwrap(await t.ctx.webhooks.update(webhook.id, { active: false }));
    await t.ctx.jobs.runDue();
    expect(receiver.received).toEqual([]);
    const [delivery] = (await t.ctx.webhooks.deliveries(webhook.id, { limit: 1, offset: 0 })).items;
    expect(delivery).toMatchObject({ status: 'cancelled', attempts: [] });
  });

  it('delivers translation events to the edition that publishes the translation', async () => {
    const source = await makeSite(t.ctx, { slug: 'lima', basePath: '/es-pe', language: 'es-PE' });
    const target = await makeSite(t.ctx, { slug: 'london', basePath: '/en' });
    await endpoint(source, ['translation.published'], '/source');
    const { secret } = await endpoint(target, ['translation.published'], '/target');
    await endpoint(target, ['translation.requested'], '/target-requests');
    const original = await publishedArticle(source, 'Paro portuario');
    const translation = await publishedArticle(target, 'Port strike');

    await t.ctx.events.emit('translation.published', {
      task: {
        id: 'task-1',
        sourceArticleId: original.id,
        targetSiteId: target.id,
        targetLanguage: 'en-US',
        targetArticleId: translation.id,
      },
      sourceArticle: original,
      targetArticle: translation,
    });
    await t.ctx.jobs.runDue();

    expect(receiver.received.map((request) => request.path)).toEqual(['/target']);
    const [request] = receiver.received;
    expect(
      verifyTribuneSignature(secret, request?.headers['tribune-signature'], request?.body ?? ''),
    ).not.toBeNull();
    const body = JSON.parse(request?.body ?? '');
    expect(body).toMatchObject({
      event: 'translation.published',
      site: { id: target.id, slug: 'london' },
      data: {
        task: { id: 'task-1', targetSiteId: target.id, targetLanguage: 'en-US' },
        sourceArticle: {
          id: original.id,
          headline: 'Paro portuario',
          url: `http://tribune.test/es-pe/${original.slug}`,
        },
        targetArticle: { id: translation.id, url: `http://tribune.test/en/${translation.slug}` },
      },
    });
  });
});
