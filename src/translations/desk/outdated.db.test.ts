import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeArticle } from '../../../tests/helpers/factories.ts';
import {
  type DeskWorld,
  deskWorld,
  publishedOriginal,
  requested,
} from '../../../tests/helpers/translation-desk.ts';
import type { Article } from '../../articles/article.ts';
import type { Block } from '../../articles/blocks.ts';
import { unwrap } from '../../core/result.ts';
import { TaskDetailView } from './task-detail.view.ts';
import type { TranslationTask } from './translation-task.ts';

describeEachDialect('translations whose source changed', (dialect) => {
  let t: TestContext;
  let world: DeskWorld;
  const outdatedEvents: { taskId: string; translated: number; current: number }[] = [];
  beforeAll(async () => {
    t = await createTestContext(dialect);
    world = await deskWorld(t.ctx);
    t.ctx.events.on('translation.outdated', ({ task, translatedRevision, currentRevision }) => {
      outdatedEvents.push({
        taskId: task.id,
        translated: translatedRevision,
        current: currentRevision,
      });
    });
  }, 60_000);
  afterAll(() => t.destroy());

  /** A source with its English translation published through the desk. */
  async function publishedTranslation(): Promise<{
    source: Article;
    task: TranslationTask;
    article: Article;
  }> {
    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    const { article } = unwrap(await t.ctx.desk.work.claim(task.id, world.translator.actor));
    const english = [
      'Dockworkers voted to strike.',
      'The meeting lasted six hours.',
      'No retreat.',
    ];
    unwrap(
      await t.ctx.desk.work.saveTranslation(
        task.id,
        {
          expectedRevision: article?.revision ?? 1,
          headline: 'Port strike',
          body: (article?.body ?? []).map((block, i) => ({ ...block, html: english[i] })) as never,
        },
        world.translator.actor,
      ),
    );
    unwrap(await t.ctx.desk.review.submit(task.id, '', world.translator.actor));
    unwrap(await t.ctx.desk.review.approve(task.id, world.manager.actor));
    const published = unwrap(await t.ctx.desk.review.publish(task.id, world.manager.actor));
    return { source, ...published };
  }

  async function saveSource(
    source: Article,
    body: Block[],
    changeKind: 'edit' | 'typo' | 'correction',
  ) {
    const current = await t.ctx.articles.repository.findById(source.id);
    return unwrap(
      await t.ctx.articles.updateArticle(
        source.id,
        { body: body as never },
        current?.revision ?? 0,
        world.editor.actor,
        changeKind === 'correction'
          ? { changeKind, correctionNote: 'Se corrigió la cifra.' }
          : { changeKind },
      ),
    );
  }

  const find = (id: string) => t.ctx.desk.writer.read((tasks) => tasks.find(id));

  it('stays up to date through a typo fix, and is outdated by an edit, with the words that changed', async () => {
    const { source, task } = await publishedTranslation();
    const [one, two, three] = source.body as Block[];
    const typoFixed = await saveSource(
      source,
      [one, { ...two, html: 'La asamblea duró <em>seis horas.</em>' }, three] as Block[],
      'typo',
    );
    expect((await find(task.id))?.outdated).toBe(false);
    expect(outdatedEvents.filter((e) => e.taskId === task.id)).toEqual([]);

    const edited = await saveSource(
      typoFixed,
      [
        one,
        { ...two, html: 'La asamblea duró <em>siete horas.</em>' },
        { id: 'newblock01', type: 'paragraph', html: 'Mañana marchan al centro.' },
        three,
      ] as Block[],
      'edit',
    );
    expect(await find(task.id)).toMatchObject({ outdated: true, status: 'published' });
    expect(outdatedEvents.filter((e) => e.taskId === task.id)).toEqual([
      { taskId: task.id, translated: source.revision, current: edited.revision },
    ]);
    const notified = await t.ctx.db
      .selectFrom('notifications')
      .select(['user_id', 'kind'])
      .where('task_id', '=', task.id)
      .where('kind', '=', 'translation.outdated')
      .execute();
    expect(notified.map((n) => n.user_id).sort()).toEqual(
      [world.translator.user.id, world.manager.user.id].sort(),
    );

    const diff = await new TaskDetailView(t.ctx.db, t.ctx.articles).sourceDiff(
      (await find(task.id)) as TranslationTask,
    );
    expect(diff).toMatchObject({ from: source.revision, to: edited.revision });
    const changes = diff?.blocks.map((change) => [change.kind, change.id]);
    expect(changes).toEqual([
      ['same', one?.id],
      ['changed', two?.id],
      ['added', 'newblock01'],
      ['same', three?.id],
    ]);
    const changed = diff?.blocks.find((change) => change.kind === 'changed');
    expect(changed && 'words' in changed ? changed.words : []).toEqual([
      { op: 'same', text: 'La asamblea duró ' },
      { op: 'removed', text: 'seis' },
      { op: 'added', text: 'siete' },
      { op: 'same', text: ' horas.' },
    ]);
    expect(diff?.translationBlocks[two?.id ?? '']).toHaveLength(1);
  });

  it('updates a published translation in a working copy while the article stays online, then re-pins', async () => {
    const { source, task, article } = await publishedTranslation();
    const [one, two, three] = source.body as Block[];
    const edited = await saveSource(
      source,
      [
        one,
        { ...two, html: 'La asamblea duró una noche.' },
        { id: 'added0001', type: 'paragraph', html: 'Nuevo.' },
        three,
      ] as Block[],
      'correction',
    );
    expect((await find(task.id))?.outdated).toBe(true);

    const updating = unwrap(
      await t.ctx.desk.work.startUpdate(task.id, world.otherTranslator.actor),
    );
    expect(updating).toMatchObject({
      status: 'claimed',
      assigneeId: world.otherTranslator.user.id,
    });
    const copy = updating.workingCopy;
    expect(copy?.sourceRevision).toBe(edited.revision);
    const [kept, revised, added, last] = copy?.fields.body ?? [];
    expect([kept?.id, revised?.id, last?.id]).toEqual(article.body.map((block) => block.id));
    expect(revised).toMatchObject({ html: 'The meeting lasted six hours.' });
    expect(added).toMatchObject({ html: 'Nuevo.', sourceBlockId: 'added0001' });
    // What needs work is not marked done: the revised block and the new one.
    expect(updating.doneBlocks.sort()).toEqual([kept?.id, last?.id].sort());
    // The translator works from the source the copy is aligned with; the pin stays till publication.
    const detail = await new TaskDetailView(t.ctx.db, t.ctx.articles).detail(updating);
    expect(detail?.source.pinned?.revision).toBe(source.revision);
    expect(detail?.source.working?.revision).toBe(edited.revision);
    expect(detail?.source.working?.body.map((block) => block.id)).toEqual(
      edited.body.map((block) => block.id),
    );

    const saved = unwrap(
      await t.ctx.desk.work.saveTranslation(
        task.id,
        {
          expectedRevision: copy?.version ?? 0,
          body: [
            kept,
            { ...revised, html: 'The meeting lasted all night.' },
            { ...added, html: 'New.' },
            last,
          ] as never,
        },
        world.otherTranslator.actor,
      ),
    );
    expect(saved.task.workingCopy?.version).toBe(2);
    // Readers still see the published text.
    expect(saved.article).toMatchObject({ status: 'published', revision: article.revision });
    expect(saved.article?.body[1]).toMatchObject({ html: 'The meeting lasted six hours.' });

    unwrap(await t.ctx.desk.review.submit(task.id, '', world.otherTranslator.actor));
    unwrap(await t.ctx.desk.review.approve(task.id, world.manager.actor));
    const republished = unwrap(await t.ctx.desk.review.publish(task.id, world.manager.actor));
    expect(republished.task).toMatchObject({
      status: 'published',
      outdated: false,
      sourceRevision: edited.revision,
      workingCopy: null,
    });
    expect(republished.article).toMatchObject({
      id: article.id,
      status: 'published',
      publishedAt: article.publishedAt,
      revision: article.revision + 1,
      origin: { type: 'translation', sourceRevision: edited.revision },
    });
    expect(republished.article.body.map((block) => block.sourceBlockId)).toEqual(
      edited.body.map((block) => block.id),
    );
    // Both translators are credited now.
    expect(republished.article.credits.filter((c) => c.role === 'translator')).toHaveLength(2);
  });

  it('drops a declined update and leaves the published translation outdated as it was', async () => {
    const { source, task, article } = await publishedTranslation();
    await saveSource(
      source,
      [{ id: 'only00001', type: 'paragraph', html: 'Todo nuevo.' }] as Block[],
      'edit',
    );
    unwrap(await t.ctx.desk.work.startUpdate(task.id, world.translator.actor));
    const declined = unwrap(await t.ctx.desk.review.decline(task.id, 'Later', world.manager.actor));
    expect(declined).toMatchObject({ status: 'published', outdated: true, workingCopy: null });
    expect((await t.ctx.articles.repository.findById(article.id))?.status).toBe('published');
  });

  it('flags a translation still in work quietly, and adopts a published one made outside the desk', async () => {
    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    unwrap(await t.ctx.desk.work.claim(task.id, world.translator.actor));
    const byHand = await makeArticle(t.ctx, world.paulo, {
      headline: 'Greve no porto',
      origin: { type: 'translation', sourceArticleId: source.id },
    });
    unwrap(await t.ctx.articles.publishArticle(byHand.id, world.editor.actor));

    await saveSource(
      source,
      [{ id: 'changed01', type: 'paragraph', html: 'Otro texto.' }] as Block[],
      'edit',
    );
    expect(await find(task.id)).toMatchObject({ status: 'claimed', outdated: true });
    const adopted = await t.ctx.desk.writer.read((tasks) => tasks.findByTargetArticle(byHand.id));
    expect(adopted).toMatchObject({
      status: 'published',
      outdated: true,
      targetSiteId: world.paulo.id,
      sourceRevision: source.revision,
    });
    const announced = outdatedEvents.map((e) => e.taskId);
    expect(announced).toContain(adopted?.id);
    expect(announced).not.toContain(task.id);
  });
});
