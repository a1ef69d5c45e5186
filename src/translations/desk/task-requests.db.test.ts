import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeArticle, makeSection } from '../../../tests/helpers/factories.ts';
import {
  type DeskWorld,
  deskWorld,
  publishedOriginal,
  requested,
} from '../../../tests/helpers/translation-desk.ts';
import { unwrap } from '../../core/result.ts';
import type { TranslationTask } from './translation-task.ts';

describeEachDialect('asking for translations, by hand and by subscription', (dialect) => {
  let t: TestContext;
  let world: DeskWorld;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    world = await deskWorld(t.ctx);
  }, 60_000);
  afterAll(() => t.destroy());

  const issuesOf = (result: { ok: boolean; error?: unknown }) =>
    result.ok
      ? {}
      : Object.fromEntries(
          ((result.error as { issues?: { path: string; code: string }[] }).issues ?? []).map(
            (i) => [i.path, i.code],
          ),
        );

  const tasksOfStory = (storyId: string): Promise<TranslationTask[]> =>
    t.ctx.db
      .selectFrom('translation_tasks')
      .select('id')
      .where('story_id', '=', storyId)
      .execute()
      .then((rows) =>
        Promise.all(rows.map((row) => t.ctx.desk.writer.read((tasks) => tasks.find(row.id)))),
      )
      .then((tasks) => tasks.filter((task): task is TranslationTask => task !== undefined));

  it('refuses requests that cannot be translation tasks, saying which field is wrong', async () => {
    const request = (input: Record<string, unknown>) =>
      t.ctx.desk.requests.requestTranslation(input as never, world.editor.actor);
    const source = await publishedOriginal(t.ctx, world);
    const draft = await makeArticle(t.ctx, world.lima);

    expect(
      issuesOf(await request({ sourceArticleId: 'nope', targetSiteId: world.york.id })),
    ).toEqual({
      sourceArticleId: 'issue.notArticle',
    });
    expect(
      issuesOf(await request({ sourceArticleId: draft.id, targetSiteId: world.york.id })),
    ).toEqual({
      sourceArticleId: 'issue.notPublished',
    });
    expect(
      issuesOf(await request({ sourceArticleId: source.id, targetSiteId: 'nowhere' })),
    ).toEqual({
      targetSiteId: 'issue.unknownEdition',
    });
    expect(
      issuesOf(
        await request({
          sourceArticleId: source.id,
          targetSiteId: world.york.id,
          priority: 'asap',
        }),
      ),
    ).toEqual({ priority: 'issue.notAllowed' });
    expect(
      issuesOf(
        await request({
          sourceArticleId: source.id,
          targetSiteId: world.york.id,
          dueOn: '2026-03-09',
        }),
      ),
    ).toEqual({ dueOn: 'issue.inPast' });
    expect(
      issuesOf(
        await request({
          sourceArticleId: source.id,
          targetSiteId: world.york.id,
          dueOn: 'tomorrow',
        }),
      ),
    ).toEqual({ dueOn: 'issue.date' });
    expect(
      issuesOf(
        await request({
          sourceArticleId: source.id,
          targetSiteId: world.york.id,
          targetLanguage: 'es-MX',
        }),
      ),
    ).toEqual({ targetLanguage: 'issue.sameLanguage' });
    expect(
      issuesOf(
        await request({
          sourceArticleId: source.id,
          targetSiteId: world.york.id,
          targetLanguage: '??',
        }),
      ),
    ).toEqual({ targetLanguage: 'issue.languageTag' });

    const first = await requested(t.ctx, world, source);
    expect(
      issuesOf(await request({ sourceArticleId: source.id, targetSiteId: world.york.id })),
    ).toEqual({
      targetSiteId: 'issue.taskExists',
    });
    // Another language on the same edition is another target.
    const turkish = unwrap(
      await t.ctx.desk.requests.requestTranslation(
        { sourceArticleId: source.id, targetSiteId: world.york.id, targetLanguage: 'tr' },
        world.editor.actor,
      ),
    );
    expect(turkish).toMatchObject({ targetLanguage: 'tr', status: 'open' });
    expect(first.id).not.toBe(turkish.id);

    // A story that already has an English version on the edition needs no task.
    const other = await publishedOriginal(t.ctx, world);
    await makeArticle(t.ctx, world.york, {
      headline: 'Already here',
      origin: { type: 'translation', sourceArticleId: other.id },
    });
    expect(
      issuesOf(await request({ sourceArticleId: other.id, targetSiteId: world.york.id })),
    ).toEqual({
      targetSiteId: 'issue.versionExists',
    });
  });

  it('opens one task per subscribing edition when a matching original is first published', async () => {
    const labour = await makeSection(t.ctx, world.lima, 'Trabajo');
    const culture = await makeSection(t.ctx, world.lima, 'Cultura');
    unwrap(
      await t.ctx.desk.subscriptions.create(
        world.york.id,
        { sourceSiteIds: [world.lima.id], sectionIds: [labour.id], priority: 'high' },
        world.manager.actor,
      ),
    );
    unwrap(
      await t.ctx.desk.subscriptions.create(
        world.paulo.id,
        { sourceLanguages: ['es'], networkWideOnly: true },
        world.ptManager.actor,
      ),
    );
    const requestedEvents: string[] = [];
    t.ctx.events.on('translation.requested', ({ task }) => {
      requestedEvents.push(task.targetSiteId);
    });

    const strike = await publishedOriginal(t.ctx, world, world.lima, {
      sectionId: labour.id,
      networkWide: true,
    });
    const opened = await tasksOfStory(strike.storyId);
    expect(
      opened.map((task) => [task.targetSiteId, task.targetLanguage, task.priority]).sort(),
    ).toEqual(
      [
        [world.paulo.id, 'pt-BR', 'normal'],
        [world.york.id, 'en-US', 'high'],
      ].sort(),
    );
    expect(opened.every((task) => task.requestedBy === null && task.subscriptionId)).toBe(true);
    expect(requestedEvents.sort()).toEqual([world.paulo.id, world.york.id].sort());

    // Not matching: another section and not network-wide.
    const film = await publishedOriginal(t.ctx, world, world.lima, { sectionId: culture.id });
    expect(await tasksOfStory(film.storyId)).toEqual([]);

    // Published again after being taken down, or saved with a typo fix: nobody is asked twice.
    const york = opened.find((task) => task.targetSiteId === world.york.id);
    unwrap(await t.ctx.desk.review.decline(york?.id ?? '', 'No', world.manager.actor));
    unwrap(await t.ctx.articles.unpublishArticle(strike.id, world.editor.actor));
    unwrap(await t.ctx.articles.publishArticle(strike.id, world.editor.actor));
    const current = await t.ctx.articles.repository.findById(strike.id);
    unwrap(
      await t.ctx.articles.updateArticle(
        strike.id,
        { dek: 'Los estibadores votaron.' },
        current?.revision ?? 0,
        world.editor.actor,
        { changeKind: 'typo' },
      ),
    );
    expect(await tasksOfStory(strike.storyId)).toHaveLength(2);
  });

  it('opens nothing where the story already has a version, and nothing for translations', async () => {
    unwrap(
      await t.ctx.desk.subscriptions.create(
        world.york.id,
        { sourceSiteIds: [world.paulo.id] },
        world.manager.actor,
      ),
    );
    const draft = await makeArticle(t.ctx, world.paulo, { headline: 'Greve no porto' });
    await makeArticle(t.ctx, world.york, {
      headline: 'Harbour strike',
      origin: { type: 'translation', sourceArticleId: draft.id },
    });
    unwrap(await t.ctx.articles.publishArticle(draft.id, world.editor.actor));
    expect(await tasksOfStory(draft.storyId)).toEqual([]);

    // A published translation from Lima into Portuguese is not an original: no task from it.
    const source = await publishedOriginal(t.ctx, world);
    const translated = await makeArticle(t.ctx, world.paulo, {
      headline: 'Greve',
      origin: { type: 'translation', sourceArticleId: source.id },
    });
    unwrap(await t.ctx.articles.publishArticle(translated.id, world.editor.actor));
    expect(
      (await tasksOfStory(source.storyId)).filter((task) => task.targetSiteId === world.york.id),
    ).toEqual([]);
  });

  it('refuses subscriptions without rules, or naming what the network does not have', async () => {
    const create = (input: Record<string, unknown>) =>
      t.ctx.desk.subscriptions.create(world.york.id, input as never, world.manager.actor);
    expect(issuesOf(await create({}))).toEqual({ sourceSiteIds: 'issue.emptyRules' });
    expect(issuesOf(await create({ sourceSiteIds: ['elsewhere'] }))).toEqual({
      'sourceSiteIds.0': 'issue.unknownEdition',
    });
    expect(issuesOf(await create({ sourceSiteIds: [world.york.id] }))).toEqual({
      'sourceSiteIds.0': 'issue.sameLanguage',
    });
    expect(issuesOf(await create({ sourceLanguages: ['en-GB'] }))).toEqual({
      'sourceLanguages.0': 'issue.sameLanguage',
    });
    const portuguese = await makeSection(t.ctx, world.paulo, 'Política');
    expect(
      issuesOf(await create({ sourceSiteIds: [world.lima.id], sectionIds: [portuguese.id, 'x'] })),
    ).toEqual({
      'sectionIds.0': 'issue.notSectionOfSource',
      'sectionIds.1': 'issue.notSectionOfSource',
    });
    expect(
      issuesOf(await create({ sourceSiteIds: [world.lima.id], priority: 'whenever' })),
    ).toEqual({
      priority: 'issue.notAllowed',
    });

    const made = unwrap(await create({ sourceLanguages: ['es', 'pt'] }));
    expect(made).toMatchObject({ targetLanguage: 'en-US', active: true });
    const changed = unwrap(await t.ctx.desk.subscriptions.update(made.id, { active: false }));
    expect(changed).toMatchObject({ sourceLanguages: ['es', 'pt'], active: false });
    expect(
      issuesOf(await t.ctx.desk.subscriptions.update(made.id, { sourceLanguages: [] })),
    ).toEqual({
      sourceSiteIds: 'issue.emptyRules',
    });
    expect(await t.ctx.desk.subscriptions.delete(made.id)).toBe(true);
    expect(await t.ctx.desk.subscriptions.find(made.id)).toBeUndefined();
  });
});
