import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type AdminClient,
  adminClient,
  issuesOf,
  makeStaff,
} from '../../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeSection } from '../../../tests/helpers/factories.ts';
import {
  type DeskWorld,
  deskWorld,
  publishedOriginal,
} from '../../../tests/helpers/translation-desk.ts';

describeEachDialect('the translation desk in the Admin API', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let world: DeskWorld;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    world = await deskWorld(t.ctx);
  }, 60_000);
  afterAll(() => t.destroy());

  /** An open task for New York from a new Lima original, asked for by Lima's editor. */
  async function openTask(body: Record<string, unknown> = {}) {
    const source = await publishedOriginal(t.ctx, world);
    const answer = await api.post('/translation-tasks', world.editor.as, {
      sourceArticleId: source.id,
      targetSiteId: world.york.id,
      ...body,
    });
    expect(answer.status).toBe(201);
    return { source, task: answer.body };
  }

  it('takes a task through the desk, each step by the person whose step it is', async () => {
    const { source, task } = await openTask({ priority: 'high', notes: 'For Friday' });
    const path = `/translation-tasks/${task.id}`;

    // São Paulo's translator cannot take New York's task, nor publish it.
    expect((await api.post(`${path}/claim`, world.ptTranslator.as)).status).toBe(404);
    const claimed = await api.post(`${path}/claim`, world.translator.as);
    expect(claimed.status).toBe(200);
    expect(claimed.body.task).toMatchObject({
      status: 'claimed',
      assigneeId: world.translator.user.id,
    });
    const article = claimed.body.article;
    expect(article.origin).toEqual({
      type: 'translation',
      sourceArticleId: source.id,
      sourceRevision: source.revision,
    });

    // Too late for the other translator: they are told who has it.
    const late = await api.post(`${path}/claim`, world.otherTranslator.as);
    expect(late.status).toBe(422);
    expect(issuesOf(late)).toEqual({ status: 'issue.claimedBy' });
    expect(late.body.error.assignee).toEqual({
      id: world.translator.user.id,
      name: 'Tom Translator',
    });
    expect(late.body.error.issues[0].message).toBe('is already taken by Tom Translator');
    // Nor may they write in someone else's translation.
    const meddling = await api.put(`${path}/translation`, world.otherTranslator.as, {
      expectedRevision: article.revision,
      headline: 'Mine',
    });
    expect(meddling.status).toBe(403);

    const saved = await api.put(`${path}/translation`, world.translator.as, {
      expectedRevision: article.revision,
      headline: 'Port strike',
      kicker: 'Labour',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.article).toMatchObject({ headline: 'Port strike', kicker: 'Labour' });
    const stale = await api.put(`${path}/translation`, world.translator.as, {
      expectedRevision: article.revision,
      headline: 'Again',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.currentRevision).toBe(article.revision + 1);
    const marked = await api.post(`${path}/blocks`, world.translator.as, {
      blockIds: [article.body[0].id],
      machine: 'drafted',
    });
    expect(marked.body.machineBlocks).toEqual([article.body[0].id]);

    // The translator cannot approve or publish their own work.
    expect((await api.post(`${path}/submit`, world.translator.as, { note: 'Done' })).status).toBe(
      200,
    );
    expect((await api.post(`${path}/approve`, world.translator.as, {})).status).toBe(403);
    const comment = await api.post(`${path}/comments`, world.manager.as, {
      blockId: article.body[1].id,
      body: 'Shorter, please.',
    });
    expect(comment.status).toBe(201);
    const noNote = await api.post(`${path}/send-back`, world.manager.as, {});
    expect(issuesOf(noNote)).toEqual({ note: 'issue.required' });
    expect(
      (await api.post(`${path}/send-back`, world.manager.as, { note: 'See comment' })).status,
    ).toBe(200);
    const resolved = await api.post(
      `${path}/comments/${comment.body.id}/resolve`,
      world.translator.as,
    );
    expect(resolved.body.resolvedBy).toBe(world.translator.user.id);
    expect((await api.post(`${path}/submit`, world.translator.as, {})).status).toBe(200);
    expect((await api.post(`${path}/approve`, world.manager.as, {})).status).toBe(200);

    // São Paulo's manager manages São Paulo's desk, not New York's.
    expect((await api.post(`${path}/publish`, world.ptManager.as)).status).toBe(404);
    const blocked = await api.post(`${path}/publish`, world.manager.as);
    expect(blocked.status).toBe(422);
    expect(issuesOf(blocked)).toEqual({ blocks: 'issue.machineDrafted' });
    expect(blocked.body.error.blockIds).toEqual([article.body[0].id]);
    await api.post(`${path}/blocks`, world.translator.as, {
      blockIds: [article.body[0].id],
      machine: 'reviewed',
    });
    // The translator may not mark blocks once the task is no longer theirs to work on…
    const afterApproval = await api.post(`${path}/blocks`, world.translator.as, {
      blockIds: [article.body[0].id],
      machine: 'reviewed',
    });
    expect(afterApproval.status).toBe(403);
    // …but the manager may.
    await api.post(`${path}/blocks`, world.manager.as, {
      blockIds: [article.body[0].id],
      machine: 'reviewed',
    });
    const published = await api.post(`${path}/publish`, world.manager.as);
    expect(published.status).toBe(200);
    expect(published.body.article).toMatchObject({ status: 'published', slug: 'port-strike' });
    const again = await api.post(`${path}/publish`, world.manager.as);
    expect(issuesOf(again)).toEqual({ status: 'issue.invalidState' });

    const detail = await api.get(path, world.translator.as);
    expect(detail.status).toBe(200);
    expect(detail.body.task).toMatchObject({
      status: 'published',
      assignee: { id: world.translator.user.id, name: 'Tom Translator' },
      requester: { id: world.editor.user.id, name: 'Elena Editor' },
    });
    expect(detail.body.source.pinned.revision).toBe(source.revision);
    expect(detail.body.source.pinned.body.map((b: { id: string }) => b.id)).toEqual(
      source.body.map((b) => b.id),
    );
    expect(detail.body.history.map((h: { kind: string }) => h.kind)).toContain('sent-back');
    expect(detail.body.history[1].actor).toEqual({
      id: world.translator.user.id,
      name: 'Tom Translator',
    });
    expect(detail.body.comments[0]).toMatchObject({
      body: 'Shorter, please.',
      author: { name: 'Mia Manager' },
    });
    // The source edition's people see the task too; others do not.
    expect((await api.get(path, world.editor.as)).status).toBe(200);
    expect((await api.get(path, world.ptTranslator.as)).status).toBe(404);
    expect((await api.get('/translation-tasks/nope', world.manager.as)).status).toBe(404);
  });

  it('lets editors and managers ask, and answers bad requests field by field', async () => {
    const source = await publishedOriginal(t.ctx, world);
    // A translator does not ask for translations.
    const byTranslator = await api.post('/translation-tasks', world.translator.as, {
      sourceArticleId: source.id,
      targetSiteId: world.york.id,
    });
    expect(byTranslator.status).toBe(403);
    const bad = await api.post('/translation-tasks', world.manager.as, {
      sourceArticleId: source.id,
      targetSiteId: world.york.id,
      priority: 'yesterday',
      dueOn: '2020-01-01',
    });
    expect(bad.status).toBe(422);
    expect(issuesOf(bad)).toEqual({ priority: 'issue.notAllowed' });
    const past = await api.post('/translation-tasks', world.manager.as, {
      sourceArticleId: source.id,
      targetSiteId: world.york.id,
      dueOn: '2020-01-01',
    });
    expect(issuesOf(past)).toEqual({ dueOn: 'issue.inPast' });
    expect(past.body.error.issues[0].message).toBe('cannot be in the past');
    const unknown = await api.post('/translation-tasks', world.editor.as, {
      sourceArticleId: source.id,
      targetSiteId: 'atlantis',
    });
    expect(issuesOf(unknown)).toEqual({ targetSiteId: 'issue.unknownEdition' });
  });

  it('shows each edition its desk by column, filtered and with the most urgent first', async () => {
    const labour = await makeSection(t.ctx, world.lima, 'Sindicatos');
    const board = await makeStaff(t.ctx, { roles: [[world.york, 'translator']] });
    const before = (await api.get(`/sites/${world.york.id}/translation-desk`, board.as)).body;
    const low = await openTask({ priority: 'low' });
    const urgent = await openTask({ priority: 'urgent', dueOn: '2026-03-12' });
    const soon = await openTask({ priority: 'urgent', dueOn: '2026-03-11' });
    const sectioned = await publishedOriginal(t.ctx, world, world.lima, { sectionId: labour.id });
    await api.post('/translation-tasks', world.editor.as, {
      sourceArticleId: sectioned.id,
      targetSiteId: world.york.id,
    });
    const claimed = await openTask();
    await api.post(`/translation-tasks/${claimed.task.id}/claim`, world.otherTranslator.as);

    const desk = await api.get(`/sites/${world.york.id}/translation-desk`, board.as);
    expect(desk.status).toBe(200);
    expect(desk.body.counts.open).toBe(before.counts.open + 4);
    expect(desk.body.counts.claimed).toBe(before.counts.claimed + 1);
    const open = desk.body.columns.open.map((card: { id: string }) => card.id);
    expect(open.indexOf(soon.task.id)).toBeLessThan(open.indexOf(urgent.task.id));
    expect(open.indexOf(urgent.task.id)).toBeLessThan(open.indexOf(low.task.id));
    expect(desk.body.columns.claimed[0]).toMatchObject({
      assignee: { id: world.otherTranslator.user.id, name: 'Olga Other' },
      source: { siteName: 'Meridiano Perú', language: 'es-PE' },
      target: { status: 'draft' },
    });

    const filter = async (query: string) =>
      (
        await api.get(`/sites/${world.york.id}/translation-desk?${query}`, board.as)
      ).body.columns.open.map((card: { id: string }) => card.id);
    expect(await filter('priority=urgent')).toEqual([soon.task.id, urgent.task.id]);
    expect(await filter('dueBefore=2026-03-11')).toEqual([soon.task.id]);
    expect((await filter(`sectionId=${labour.id}`)).length).toBe(1);
    expect(await filter(`sourceSiteId=${world.paulo.id}`)).toEqual([]);
    const mine = await api.get(
      `/sites/${world.york.id}/translation-desk?assigneeId=${world.otherTranslator.user.id}`,
      board.as,
    );
    expect(mine.body.columns.claimed.map((card: { id: string }) => card.id)).toEqual([
      claimed.task.id,
    ]);
    const wrong = await api.get(`/sites/${world.york.id}/translation-desk?priority=soon`, board.as);
    expect(issuesOf(wrong)).toEqual({ priority: 'issue.notAllowed' });
    expect(
      (await api.get(`/sites/${world.york.id}/translation-desk`, world.ptTranslator.as)).status,
    ).toBe(403);
  });

  it('shows managers which editions have each recent story, and nobody else', async () => {
    const { source, task } = await openTask();
    expect((await api.get('/translation-desk/network', world.translator.as)).status).toBe(403);
    const view = await api.get('/translation-desk/network?days=3', world.manager.as);
    expect(view.status).toBe(200);
    const story = view.body.find((s: { storyId: string }) => s.storyId === source.storyId);
    const state = (siteId: string) =>
      story.editions.find((e: { siteId: string }) => e.siteId === siteId);
    expect(state(world.lima.id)).toMatchObject({ state: 'original', articleId: source.id });
    expect(state(world.york.id)).toMatchObject({ state: 'task-open', taskId: task.id });
    expect(state(world.paulo.id)).toMatchObject({ state: 'none', articleId: null, taskId: null });
    expect(story.publishedCount).toBe(1);
  });

  it('lets managers keep their edition’s subscriptions, and nobody else', async () => {
    const path = `/sites/${world.york.id}/translation-subscriptions`;
    expect(
      (await api.post(path, world.translator.as, { sourceSiteIds: [world.lima.id] })).status,
    ).toBe(403);
    const empty = await api.post(path, world.manager.as, {});
    expect(issuesOf(empty)).toEqual({ sourceSiteIds: 'issue.emptyRules' });
    const made = await api.post(path, world.manager.as, { sourceSiteIds: [world.lima.id] });
    expect(made.status).toBe(201);
    expect(
      (await api.get(path, world.translator.as)).body.map((s: { id: string }) => s.id),
    ).toContain(made.body.id);
    const one = `/translation-subscriptions/${made.body.id}`;
    expect((await api.patch(one, world.ptManager.as, { active: false })).status).toBe(404);
    expect((await api.patch(one, world.translator.as, { active: false })).status).toBe(403);
    const off = await api.patch(one, world.manager.as, { active: false });
    expect(off.body).toMatchObject({ active: false, sourceSiteIds: [world.lima.id] });
    expect((await api.delete(one, world.manager.as)).status).toBe(204);
    expect((await api.get(one, world.manager.as)).status).toBe(404);
  });

  it('prepares joint statements for those who may publish on every edition of them', async () => {
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const draft = await t.ctx.articles.createArticle(
      { siteId: world.lima.id, headline: 'Declaración' },
      world.editor.actor,
    );
    const sourceArticleId = draft.ok ? draft.value.id : '';
    const body = { sourceArticleId, targets: [{ siteId: world.york.id }] };
    expect((await api.post('/joint-statements', world.manager.as, body)).status).toBe(403);
    const made = await api.post('/joint-statements', admin.as, body);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'preparing', readyCount: 0 });
    expect(made.body.editions).toMatchObject([
      { siteId: world.york.id, status: 'open', ready: false },
    ]);
    const path = `/joint-statements/${made.body.id}`;
    expect((await api.get(path, world.translator.as)).status).toBe(200);
    expect((await api.get(path, world.ptTranslator.as)).status).toBe(404);
    const past = await api.put(`${path}/schedule`, admin.as, { publishAt: '2020-01-01T00:00:00Z' });
    expect(issuesOf(past)).toEqual({ publishAt: 'issue.notInFuture' });
    const scheduled = await api.put(`${path}/schedule`, admin.as, {
      publishAt: '2026-03-11T09:00:00Z',
    });
    expect(scheduled.body).toMatchObject({
      status: 'scheduled',
      publishAt: '2026-03-11T09:00:00.000Z',
    });
    expect((await api.post(`${path}/publish`, world.manager.as)).status).toBe(403);
    const now = await api.post(`${path}/publish`, admin.as);
    expect(now.status).toBe(200);
    expect(now.body).toMatchObject({ status: 'published', published: [sourceArticleId] });
  });

  it('keeps an article’s network-wide flag, which subscriptions can ask for', async () => {
    const made = await api.post(`/sites/${world.lima.id}/articles`, world.editor.as, {
      headline: 'Para toda la red',
      networkWide: true,
    });
    expect(made.status).toBe(201);
    expect(made.body.networkWide).toBe(true);
    const saved = await api.put(`/articles/${made.body.id}`, world.editor.as, {
      expectedRevision: 1,
      dek: 'Sin cambiar la marca',
    });
    expect(saved.body.networkWide).toBe(true);
    const off = await api.put(`/articles/${made.body.id}`, world.editor.as, {
      expectedRevision: 2,
      networkWide: false,
    });
    expect(off.body.networkWide).toBe(false);
    expect(
      issuesOf(
        await api.put(`/articles/${made.body.id}`, world.editor.as, {
          expectedRevision: 3,
          networkWide: 'yes',
        }),
      ),
    ).toEqual({ networkWide: 'issue.wrongType' });
  });

  it('describes every desk endpoint in the OpenAPI document', async () => {
    const document = (await api.get('/openapi.json', world.manager.as)).body;
    for (const path of [
      '/translation-tasks',
      '/translation-tasks/{id}/claim',
      '/translation-tasks/{id}/source-diff',
      '/sites/{siteId}/translation-desk',
      '/translation-desk/network',
      '/sites/{siteId}/translation-subscriptions',
      '/joint-statements/{id}/schedule',
      '/me/notifications',
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
  });
});
