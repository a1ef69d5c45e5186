import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AdminClient, adminClient } from '../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../tests/helpers/context.ts';
import { describeEachDialect } from '../../tests/helpers/db.ts';
import {
  type DeskWorld,
  deskWorld,
  publishedOriginal,
  requested,
} from '../../tests/helpers/translation-desk.ts';
import { unwrap } from '../core/result.ts';

describeEachDialect('notifications of the translation desk', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let world: DeskWorld;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    world = await deskWorld(t.ctx);
  }, 60_000);
  afterAll(async () => {
    await t.ctx.jobs.stop();
    await t.destroy();
  });

  /** The e-mails written to the test outbox, parsed. */
  async function outbox() {
    const folder = join(t.dataDir, 'outbox');
    const files = (await readdir(folder).catch(() => [] as string[])).filter((name) =>
      name.endsWith('.eml'),
    );
    return Promise.all(files.map(async (name) => simpleParser(await readFile(join(folder, name)))));
  }

  it('tells each person what concerns them, in the newsroom and by e-mail if they asked', async () => {
    // The manager reads Spanish and wants e-mail; the translator and the editor do not.
    expect((await api.patch('/me', world.manager.as, { locale: 'es' })).status).toBe(200);
    const settings = await api.put('/me/notification-settings', world.manager.as, { email: true });
    expect(settings.body).toEqual({ email: true });
    expect((await api.get('/me/notification-settings', world.translator.as)).body).toEqual({
      email: false,
    });

    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    const { desk } = t.ctx;
    unwrap(await desk.work.claim(task.id, world.translator.actor));
    unwrap(await desk.review.submit(task.id, 'Ready for you', world.translator.actor));

    const managerInbox = await api.get('/me/notifications', world.manager.as);
    expect(managerInbox.body).toMatchObject({ total: 1, unread: 1 });
    expect(managerInbox.body.items[0]).toMatchObject({
      kind: 'translation.submitted',
      taskId: task.id,
      data: { headline: source.headline, edition: 'Meridian US', note: 'Ready for you' },
      message: `La traducción de «${source.headline}» al inglés se entregó para revisión (Meridian US)`,
      readAt: null,
    });

    expect(await outbox()).toEqual([]);
    expect(await t.ctx.jobs.runDue()).toBe(1);
    const [mail] = await outbox();
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toContain(world.manager.user.email);
    expect(mail?.subject).toBe(managerInbox.body.items[0].message);
    expect(mail?.text).toContain('Hola, Mia Manager');
    expect(mail?.text).toContain('“Ready for you”');
    expect(mail?.text).toContain(`http://tribune.test/newsroom/#/translations/${task.id}`);

    unwrap(await desk.review.sendBack(task.id, 'Check the quote', world.manager.actor));
    unwrap(await desk.review.submit(task.id, '', world.translator.actor));
    unwrap(await desk.review.approve(task.id, world.manager.actor));
    unwrap(await desk.review.publish(task.id, world.manager.actor));

    const translatorInbox = await api.get('/me/notifications', world.translator.as);
    expect(translatorInbox.body.items.map((n: { kind: string }) => n.kind)).toEqual([
      'translation.published',
      'translation.approved',
      'translation.sent-back',
    ]);
    expect(translatorInbox.body.items[2].message).toBe(
      `The translation of “${source.headline}” into English was sent back to you`,
    );
    const editorInbox = await api.get('/me/notifications', world.editor.as);
    expect(editorInbox.body.items.map((n: { kind: string }) => n.kind)).toEqual([
      'translation.published',
    ]);
    // Nobody hears of their own step: the manager was told only of the two hand-ins.
    expect((await api.get('/me/notifications', world.manager.as)).body.total).toBe(2);
    // Only the manager asked for e-mail.
    await t.ctx.jobs.runDue();
    expect(await outbox()).toHaveLength(2);

    const first = translatorInbox.body.items[2].id;
    const read = await api.post('/me/notifications/read', world.translator.as, { ids: [first] });
    expect(read.body).toEqual({ marked: 1 });
    // Someone else's notification is not theirs to mark.
    expect(
      (await api.post('/me/notifications/read', world.editor.as, { ids: [first] })).body,
    ).toEqual({ marked: 0 });
    const unread = await api.get('/me/notifications?unread=true', world.translator.as);
    expect(unread.body).toMatchObject({ total: 2, unread: 2 });
    expect(
      (await api.post('/me/notifications/read', world.translator.as, { all: true })).body,
    ).toEqual({ marked: 2 });
    expect((await api.get('/me/notifications', world.translator.as)).body.unread).toBe(0);
    expect((await api.get('/me/notifications', null)).status).toBe(401);
  });
});
