import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AdminClient, adminClient, makeStaff } from '../../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeSection } from '../../../tests/helpers/factories.ts';
import {
  type DeskWorld,
  deskWorld,
  publishedOriginal,
  requested,
} from '../../../tests/helpers/translation-desk.ts';

describeEachDialect('the lists the newsroom’s desk screens read', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let world: DeskWorld;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    world = await deskWorld(t.ctx);
  }, 60_000);
  afterAll(() => t.destroy());

  it('names every edition of the network with its sections, to anyone of the newsroom', async () => {
    const international = await makeSection(t.ctx, world.lima, 'Internacional');
    // New York's translator has no role in Lima, and still sees Lima to choose it as a source.
    const answer = await api.get('/translation-desk/editions', world.translator.as);
    expect(answer.status).toBe(200);
    const lima = answer.body.find((edition: { id: string }) => edition.id === world.lima.id);
    expect(lima).toMatchObject({ name: 'Meridiano Perú', language: 'es-PE' });
    expect(lima.sections).toContainEqual({ id: international.id, name: 'Internacional' });
    expect(answer.body.map((edition: { id: string }) => edition.id)).toEqual(
      expect.arrayContaining([world.york.id, world.paulo.id]),
    );
    const nobody = await makeStaff(t.ctx);
    expect((await api.get('/translation-desk/editions', nobody.as)).status).toBe(403);
  });

  it('lists who can be given a task on an edition, to those who assign', async () => {
    const author = await makeStaff(t.ctx, { roles: [[world.york, 'author']], name: 'Ann Author' });
    const answer = await api.get(`/sites/${world.york.id}/translators`, world.manager.as);
    expect(answer.status).toBe(200);
    const names = answer.body.map((person: { name: string }) => person.name);
    expect(names).toEqual(expect.arrayContaining(['Tom Translator', 'Olga Other', 'Mia Manager']));
    expect(names).not.toContain(author.user.name);
    expect(names).not.toContain('Paulo Tradutor');
    expect(
      answer.body.find((person: { name: string }) => person.name === 'Tom Translator').roles,
    ).toEqual(['translator']);
    expect((await api.get(`/sites/${world.york.id}/translators`, world.translator.as)).status).toBe(
      403,
    );
  });

  it('shows one story’s editions however long ago it was published', async () => {
    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    // A month later, the story is out of the recent stories, but still asked for by its id.
    t.clock.set(new Date(t.clock.now().getTime() + 30 * 24 * 3600_000));
    const recent = await api.get('/translation-desk/network?days=7', world.manager.as);
    expect(recent.body.map((story: { storyId: string }) => story.storyId)).not.toContain(
      source.storyId,
    );
    const one = await api.get(
      `/translation-desk/network?storyId=${source.storyId}`,
      world.manager.as,
    );
    expect(one.status).toBe(200);
    expect(one.body).toHaveLength(1);
    const york = one.body[0].editions.find((e: { siteId: string }) => e.siteId === world.york.id);
    expect(york).toMatchObject({ state: 'task-open', taskId: task.id });
  });

  it('counts the machine-drafted blocks of a task on its card', async () => {
    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    const claimed = await api.post(`/translation-tasks/${task.id}/claim`, world.translator.as);
    const blockIds = claimed.body.article.body.slice(0, 2).map((block: { id: string }) => block.id);
    const marked = await api.post(`/translation-tasks/${task.id}/blocks`, world.translator.as, {
      blockIds,
      machine: 'drafted',
    });
    expect(marked.status).toBe(200);
    const board = await api.get(`/sites/${world.york.id}/translation-desk`, world.manager.as);
    const card = board.body.columns.claimed.find((found: { id: string }) => found.id === task.id);
    expect(card.machineDrafted).toBe(2);
  });
});
