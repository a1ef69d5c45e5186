import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  type AdminClient,
  adminClient,
  issuesOf,
  makeStaff,
} from '../../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeSite } from '../../../tests/helpers/factories.ts';
import {
  type Receiver,
  startReceiver,
  verifyTribuneSignature,
} from '../../../tests/helpers/webhook-receiver.ts';

describeEachDialect('Admin API: webhooks', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let receiver: Receiver;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await receiver.close();
    await t.destroy();
  });

  it('lets an edition’s admin add an endpoint whose secret is shown once, change, rotate and delete it', async () => {
    const site = await makeSite(t.ctx);
    const admin = await makeStaff(t.ctx, { roles: [[site, 'site-admin']] });

    const created = await api.post(`/sites/${site.id}/webhooks`, admin.as, {
      url: ` ${receiver.url}/tribune `,
      description: 'Newsletter service',
      events: ['article.updated', 'article.published', 'article.published'],
    });
    expect(created.status).toBe(201);
    const { webhook, secret } = created.body;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(webhook).toMatchObject({
      siteId: site.id,
      url: `${receiver.url}/tribune`,
      description: 'Newsletter service',
      events: ['article.published', 'article.updated'],
      active: true,
      secretHint: secret.slice(-4),
    });

    const listed = await api.get(`/sites/${site.id}/webhooks`, admin.as);
    expect(listed.status).toBe(200);
    expect(listed.body.map((found: { id: string }) => found.id)).toEqual([webhook.id]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const one = await api.get(`/webhooks/${webhook.id}`, admin.as);
    expect(one.body).toEqual(webhook);
    expect(JSON.stringify(one.body)).not.toContain(secret);

    const changed = await api.patch(`/webhooks/${webhook.id}`, admin.as, {
      events: ['translation.published'],
      active: false,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      events: ['translation.published'],
      active: false,
      description: 'Newsletter service',
      url: `${receiver.url}/tribune`,
    });

    const rotated = await api.post(`/webhooks/${webhook.id}/rotate-secret`, admin.as);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(secret);
    expect(rotated.body.webhook.secretHint).toBe(rotated.body.secret.slice(-4));
    // The next delivery is signed with the new secret only.
    expect((await api.post(`/webhooks/${webhook.id}/ping`, admin.as)).status).toBe(202);
    await t.ctx.jobs.runDue();
    const [ping] = receiver.received;
    expect(
      verifyTribuneSignature(
        rotated.body.secret,
        ping?.headers['tribune-signature'],
        ping?.body ?? '',
      ),
    ).not.toBeNull();
    expect(
      verifyTribuneSignature(secret, ping?.headers['tribune-signature'], ping?.body ?? ''),
    ).toBeNull();

    expect((await api.delete(`/webhooks/${webhook.id}`, admin.as)).status).toBe(204);
    expect((await api.get(`/webhooks/${webhook.id}`, admin.as)).status).toBe(404);
    expect((await api.get(`/sites/${site.id}/webhooks`, admin.as)).body).toEqual([]);
  });

  it('refuses addresses that are not http(s), or carry credentials, and unknown or missing events', async () => {
    const site = await makeSite(t.ctx);
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const path = `/sites/${site.id}/webhooks`;
    const attempt = async (fields: Record<string, unknown>) =>
      issuesOf(
        await api.post(path, admin.as, {
          url: 'https://hooks.example.org/tribune',
          events: ['article.published'],
          ...fields,
        }),
      );

    expect(await attempt({ url: 'not an address' })).toEqual({ url: 'issue.url' });
    expect(await attempt({ url: 'javascript:alert(1)' })).toEqual({ url: 'issue.url' });
    expect(await attempt({ url: 'ftp://files.example.org/in' })).toEqual({ url: 'issue.url' });
    expect(await attempt({ url: 'https://bot:hunter2@hooks.example.org/' })).toEqual({
      url: 'issue.urlCredentials',
    });
    expect(await attempt({ url: `https://example.org/${'a'.repeat(2048)}` })).toEqual({
      url: 'issue.tooLong',
    });
    expect(await attempt({ url: '' })).toEqual({ url: 'issue.required' });
    expect(await attempt({ events: ['article.deleted'] })).toEqual({
      'events.0': 'issue.notAllowed',
    });
    expect(await attempt({ events: [] })).toEqual({ events: 'issue.noneChosen' });
    expect(await attempt({ events: 'article.published' })).toEqual({ events: 'issue.wrongType' });
    expect(await attempt({ description: 'd'.repeat(301) })).toEqual({
      description: 'issue.tooLong',
    });
    expect(await attempt({ secret: 'mine' })).toEqual({ '': 'issue.unknownField' });
    expect(await attempt({ active: 'yes' })).toEqual({ active: 'issue.wrongType' });

    const refused = await api.post(path, admin.as, { url: 'https://u:p@x.example/', events: [] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.issues).toEqual([
      {
        path: 'url',
        code: 'issue.urlCredentials',
        message: 'must not contain a user name or password',
      },
      { path: 'events', code: 'issue.noneChosen', message: 'choose at least one' },
    ]);
    expect((await api.get(path, admin.as)).body).toEqual([]);

    const kept = await api.post(path, admin.as, {
      url: 'https://hooks.example.org/tribune',
      events: ['article.published'],
    });
    const change = await api.patch(`/webhooks/${kept.body.webhook.id}`, admin.as, {
      url: 'javascript:void(0)',
    });
    expect(change.status).toBe(422);
    expect(issuesOf(change)).toEqual({ url: 'issue.url' });
    expect((await api.get(`/webhooks/${kept.body.webhook.id}`, admin.as)).body.url).toBe(
      'https://hooks.example.org/tribune',
    );
  });

  it('keeps webhooks to the edition’s admins: others get 403, other editions’ staff 404', async () => {
    const site = await makeSite(t.ctx);
    const elsewhere = await makeSite(t.ctx);
    const networkAdmin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const editor = await makeStaff(t.ctx, { roles: [[site, 'editor']] });
    const author = await makeStaff(t.ctx, { roles: [[site, 'author']] });
    const otherAdmin = await makeStaff(t.ctx, { roles: [[elsewhere, 'site-admin']] });
    const input = { url: 'https://hooks.example.org/x', events: ['article.published'] };

    const created = await api.post(`/sites/${site.id}/webhooks`, networkAdmin.as, input);
    expect(created.status).toBe(201);
    const id = created.body.webhook.id as string;

    for (const who of [editor, author]) {
      expect((await api.get(`/sites/${site.id}/webhooks`, who.as)).status).toBe(403);
      expect((await api.post(`/sites/${site.id}/webhooks`, who.as, input)).status).toBe(403);
      expect((await api.get(`/webhooks/${id}`, who.as)).status).toBe(403);
      expect((await api.patch(`/webhooks/${id}`, who.as, { active: false })).status).toBe(403);
      expect((await api.post(`/webhooks/${id}/rotate-secret`, who.as)).status).toBe(403);
      expect((await api.post(`/webhooks/${id}/ping`, who.as)).status).toBe(403);
      expect((await api.get(`/webhooks/${id}/deliveries`, who.as)).status).toBe(403);
      expect((await api.delete(`/webhooks/${id}`, who.as)).status).toBe(403);
    }
    expect((await api.get(`/sites/${site.id}/webhooks`, otherAdmin.as)).status).toBe(403);
    expect((await api.get(`/webhooks/${id}`, otherAdmin.as)).status).toBe(404);
    expect((await api.patch(`/webhooks/${id}`, otherAdmin.as, { active: false })).status).toBe(404);
    expect((await api.delete(`/webhooks/${id}`, otherAdmin.as)).status).toBe(404);
    expect((await api.get(`/webhooks/${id}`, null)).status).toBe(401);
    expect((await api.get('/sites/no-such-edition/webhooks', networkAdmin.as)).status).toBe(404);

    const still = await api.get(`/webhooks/${id}`, networkAdmin.as);
    expect(still.body).toMatchObject({ active: true, secretHint: created.body.secret.slice(-4) });
  });

  it('pings an endpoint, logs each try, pages the log and redelivers a failed delivery', async () => {
    const site = await makeSite(t.ctx);
    const admin = await makeStaff(t.ctx, { roles: [[site, 'site-admin']] });
    const created = await api.post(`/sites/${site.id}/webhooks`, admin.as, {
      url: `${receiver.url}/hook`,
      events: ['article.published'],
      active: false,
    });
    const { id } = created.body.webhook;

    const ping = await api.post(`/webhooks/${id}/ping`, admin.as);
    expect(ping.status).toBe(202);
    expect(ping.body).toMatchObject({ event: 'ping', status: 'pending', attempts: [] });
    await t.ctx.jobs.runDue();
    expect(receiver.received.map((request) => request.headers['tribune-event'])).toEqual(['ping']);
    expect(JSON.parse(receiver.received[0]?.body ?? '').data.webhook).toEqual({
      id,
      url: `${receiver.url}/hook`,
      events: ['article.published'],
    });

    receiver.answerWith(() => ({ status: 500, body: '{"error":"boom"}' }));
    const second = await api.post(`/webhooks/${id}/ping`, admin.as);
    await t.ctx.jobs.runDue();
    const failed = await api.get(`/webhooks/${id}/deliveries/${second.body.id}`, admin.as);
    expect(failed.body).toMatchObject({
      status: 'failed',
      lastStatusCode: 500,
      payload: { event: 'ping' },
      attempts: [{ number: 1, statusCode: 500, responseExcerpt: '{"error":"boom"}' }],
    });

    const log = await api.get(`/webhooks/${id}/deliveries`, admin.as);
    expect(log.body.total).toBe(2);
    expect(log.body.items.map((item: { id: string }) => item.id)).toEqual([
      second.body.id,
      ping.body.id,
    ]);
    expect(log.body.items.map((item: { status: string }) => item.status)).toEqual([
      'failed',
      'delivered',
    ]);
    const page = await api.get(`/webhooks/${id}/deliveries?page=2&perPage=1`, admin.as);
    expect(page.body.total).toBe(2);
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual([ping.body.id]);
    expect(issuesOf(await api.get(`/webhooks/${id}/deliveries?perPage=1000`, admin.as))).toEqual({
      perPage: 'issue.tooBig',
    });

    receiver.answerWith(() => ({ status: 200, body: 'thanks' }));
    const again = await api.post(
      `/webhooks/${id}/deliveries/${second.body.id}/redeliver`,
      admin.as,
    );
    expect(again.status).toBe(202);
    expect(again.body.status).toBe('pending');
    const twice = await api.post(
      `/webhooks/${id}/deliveries/${second.body.id}/redeliver`,
      admin.as,
    );
    expect(twice.status).toBe(422);
    expect(issuesOf(twice)).toEqual({ status: 'issue.invalidState' });
    await t.ctx.jobs.runDue();

    const redelivered = await api.get(`/webhooks/${id}/deliveries/${second.body.id}`, admin.as);
    expect(redelivered.body.status).toBe('delivered');
    expect(
      redelivered.body.attempts.map((a: { number: number; statusCode: number }) => [
        a.number,
        a.statusCode,
      ]),
    ).toEqual([
      [1, 500],
      [2, 200],
    ]);
    const sent = receiver.received.filter(
      (request) => request.headers['tribune-delivery'] === second.body.id,
    );
    expect(sent).toHaveLength(2);
    expect(sent[1]?.body).toBe(sent[0]?.body);

    // Another endpoint's delivery is not found through this one.
    const other = await api.post(`/sites/${site.id}/webhooks`, admin.as, {
      url: `${receiver.url}/other`,
      events: ['article.published'],
    });
    const otherId = other.body.webhook.id;
    expect(
      (await api.get(`/webhooks/${otherId}/deliveries/${second.body.id}`, admin.as)).status,
    ).toBe(404);
    expect(
      (await api.post(`/webhooks/${otherId}/deliveries/${second.body.id}/redeliver`, admin.as))
        .status,
    ).toBe(404);
  });

  it('keeps only the newest deliveries of an endpoint', async () => {
    const site = await makeSite(t.ctx);
    const admin = await makeStaff(t.ctx, { roles: [[site, 'site-admin']] });
    const created = await api.post(`/sites/${site.id}/webhooks`, admin.as, {
      url: `${receiver.url}/hook`,
      events: ['article.published'],
    });
    const { id } = created.body.webhook;
    const pings: string[] = [];
    for (let n = 0; n < 3; n++)
      pings.push((await api.post(`/webhooks/${id}/ping`, admin.as)).body.id);
    await t.ctx.jobs.runDue();
    await t.ctx.webhooks.repository.pruneDeliveries(id, 2);
    const log = await api.get(`/webhooks/${id}/deliveries`, admin.as);
    expect(log.body.total).toBe(2);
    expect(log.body.items.map((item: { id: string }) => item.id).sort()).toEqual(
      pings.slice(1).sort(),
    );
    expect(
      await t.ctx.db
        .selectFrom('webhook_attempts')
        .select('delivery_id')
        .where('endpoint_id', '=', id)
        .execute(),
    ).toHaveLength(2);
  });

  it('describes the webhook routes in the OpenAPI document', async () => {
    const doc = await api.get('/openapi.json', null);
    const paths = doc.body.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths['/sites/{siteId}/webhooks'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/webhooks/{id}'] ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    for (const path of [
      '/webhooks/{id}/rotate-secret',
      '/webhooks/{id}/ping',
      '/webhooks/{id}/deliveries/{deliveryId}/redeliver',
    ]) {
      expect(Object.keys(paths[path] ?? {})).toEqual(['post']);
    }
    const create = paths['/sites/{siteId}/webhooks']?.post as {
      requestBody: {
        content: {
          'application/json': {
            schema: { required: string[]; properties: { events: { items: { enum: string[] } } } };
          };
        };
      };
    };
    const schema = create.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['url', 'events']));
    expect(schema.properties.events.items.enum).toContain('translation.outdated');
  });
});
