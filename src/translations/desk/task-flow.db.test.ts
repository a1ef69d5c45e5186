import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import {
  type DeskWorld,
  deskWorld,
  publishedOriginal,
  requested,
} from '../../../tests/helpers/translation-desk.ts';
import { ArticlePageView } from '../../articles/article-page.view.ts';
import { unwrap } from '../../core/result.ts';
import type { TranslationTaskRef as TaskRef } from '../translation.events.ts';

describeEachDialect('a translation task from request to publication', (dialect) => {
  let t: TestContext;
  let world: DeskWorld;
  const events: { name: string; task: TaskRef }[] = [];
  beforeAll(async () => {
    t = await createTestContext(dialect);
    world = await deskWorld(t.ctx);
    for (const name of ['translation.requested', 'translation.published'] as const) {
      t.ctx.events.on(name, ({ task }) => {
        events.push({ name, task });
      });
    }
  }, 60_000);
  afterAll(() => t.destroy());

  it('opens, claims with a draft aligned to the source, reviews, and publishes with credits', async () => {
    const { desk, articles } = t.ctx;
    // (the source stays published throughout)
    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    expect(task).toMatchObject({
      status: 'open',
      targetSiteId: world.york.id,
      targetLanguage: 'en-US',
    });
    expect(events.filter((e) => e.task.id === task.id).map((e) => e.name)).toEqual([
      'translation.requested',
    ]);

    const claimed = unwrap(await desk.work.claim(task.id, world.translator.actor));
    expect(claimed.task).toMatchObject({
      status: 'claimed',
      assigneeId: world.translator.user.id,
      sourceRevision: source.revision,
    });
    const draft = claimed.article;
    expect(draft).toMatchObject({
      siteId: world.york.id,
      language: 'en-US',
      status: 'draft',
      storyId: source.storyId,
      headline: source.headline,
      origin: { type: 'translation', sourceArticleId: source.id, sourceRevision: source.revision },
      createdBy: world.translator.user.id,
    });
    // Each block renders one source block, in order, as a copy to translate over.
    expect(draft?.body.map((block) => block.sourceBlockId)).toEqual(source.body.map((b) => b.id));
    expect(draft?.body.map((block) => block.id)).not.toEqual(source.body.map((b) => b.id));
    // The byline stays the author's; the translator is credited through a contributor linked to
    // their account, made for them since they had none.
    const translatorCredit = draft?.credits.find((credit) => credit.role === 'translator');
    const contributor = await t.ctx.contributors.repository.findById(
      translatorCredit?.contributorId ?? '',
    );
    expect(contributor).toMatchObject({ name: 'Tom Translator', userId: world.translator.user.id });
    expect(draft?.credits[0]).toEqual({ contributorId: world.authorId, role: 'author' });

    const [first, second, quote] = draft?.body ?? [];
    const saved = unwrap(
      await desk.work.saveTranslation(
        task.id,
        {
          expectedRevision: draft?.revision ?? 0,
          headline: 'Port strike, take two',
          body: [
            { ...first, html: 'Callao dockworkers voted to strike.' },
            { ...second, html: 'The assembly lasted <em>six hours</em>.' },
            { ...quote, html: 'We will not back down.' },
          ] as never,
        },
        world.translator.actor,
      ),
    );
    expect(saved.article?.headline).toBe('Port strike, take two');
    expect(saved.article?.body.map((block) => block.sourceBlockId)).toEqual(
      source.body.map((b) => b.id),
    );
    unwrap(
      await desk.work.markBlocks(
        task.id,
        { blockIds: saved.article?.body.map((b) => b.id) ?? [], done: true },
        world.translator.actor,
      ),
    );

    unwrap(await desk.review.submit(task.id, 'Ready', world.translator.actor));
    const comment = unwrap(
      await desk.review.comment(
        task.id,
        { blockId: second?.id ?? '', body: '“Assembly” reads better as “meeting”.' },
        world.manager.actor,
      ),
    );
    unwrap(await desk.review.sendBack(task.id, 'See my comment', world.manager.actor));
    unwrap(await desk.review.resolveComment(task.id, comment.id, world.translator.actor));
    unwrap(await desk.review.submit(task.id, '', world.translator.actor));
    unwrap(await desk.review.approve(task.id, world.manager.actor));
    const published = unwrap(await desk.review.publish(task.id, world.manager.actor));

    expect(published.task).toMatchObject({ status: 'published', outdated: false });
    expect(published.article).toMatchObject({
      status: 'published',
      slug: 'port-strike-take-two',
      publishedAt: t.clock.now().toISOString(),
    });
    expect(published.article.credits.filter((c) => c.role === 'translator')).toEqual([
      { contributorId: contributor?.id, role: 'translator' },
    ]);
    const comments = await desk.writer.read((tasks) => tasks.comments(task.id));
    expect(comments).toMatchObject([
      { id: comment.id, blockId: second?.id, resolvedBy: world.translator.user.id },
    ]);
    const history = await desk.writer.read((tasks) => tasks.history(task.id));
    expect(history.map((entry) => entry.kind)).toEqual([
      'requested',
      'claimed',
      'started',
      'submitted',
      'commented',
      'sent-back',
      'submitted',
      'approved',
      'published',
    ]);
    expect(history.find((entry) => entry.kind === 'sent-back')).toMatchObject({
      actorId: world.manager.user.id,
      note: 'See my comment',
    });
    expect(events.filter((e) => e.task.id === task.id).map((e) => e.name)).toEqual([
      'translation.requested',
      'translation.published',
    ]);

    // The reader's page says where it came from and who translated it, from this data.
    const page = await new ArticlePageView(t.ctx.db).bySlug(world.york.id, 'port-strike-take-two');
    expect(page.kind).toBe('published');
    if (page.kind === 'published') {
      expect(page.page.translators.map((credit) => credit.name)).toEqual(['Tom Translator']);
    }
    expect((await articles.repository.findById(source.id))?.status).toBe('published');
  });

  it('lets exactly one of two translators claiming at once have the task, and tells the other who', async () => {
    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    const [a, b] = await Promise.all([
      t.ctx.desk.work.claim(task.id, world.translator.actor),
      t.ctx.desk.work.claim(task.id, world.otherTranslator.actor),
    ]);
    const winners = [a, b].filter((result) => result.ok);
    const losers = [a, b].filter((result) => !result.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winner = winners[0]?.ok ? winners[0].value.task.assigneeId : null;
    expect(losers[0]?.ok ? null : losers[0]?.error).toEqual({
      type: 'claimed',
      assigneeId: winner,
    });
    const versions = await t.ctx.db
      .selectFrom('articles')
      .select('id')
      .where('story_id', '=', source.storyId)
      .where('site_id', '=', world.york.id)
      .execute();
    expect(versions).toHaveLength(1);
  });

  it('lets one of two approvals, and one of two publications, of the same task through', async () => {
    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    unwrap(await t.ctx.desk.work.claim(task.id, world.translator.actor));
    unwrap(await t.ctx.desk.review.submit(task.id, '', world.translator.actor));
    const approvals = await Promise.all([
      t.ctx.desk.review.approve(task.id, world.manager.actor),
      t.ctx.desk.review.approve(task.id, world.manager.actor),
    ]);
    expect(approvals.map((result) => result.ok).sort()).toEqual([false, true]);
    const published: string[] = [];
    const off = t.ctx.events.on('translation.published', ({ task: ref }) => {
      if (ref.id === task.id) published.push(ref.id);
    });
    const publications = await Promise.all([
      t.ctx.desk.review.publish(task.id, world.manager.actor),
      t.ctx.desk.review.publish(task.id, world.ptManager.actor),
    ]);
    off();
    expect(publications.map((result) => result.ok).sort()).toEqual([false, true]);
    const refused = publications.find((result) => !result.ok);
    expect(refused?.ok ? null : refused?.error).toEqual({
      type: 'invalid-state',
      status: 'published',
    });
    expect(published).toEqual([task.id]);
  });

  it('refuses to publish while blocks drafted by machine wait for a person, and names them', async () => {
    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    const { article } = unwrap(await t.ctx.desk.work.claim(task.id, world.translator.actor));
    const [first, second] = article?.body ?? [];
    const ids = [first?.id ?? '', second?.id ?? ''];
    unwrap(
      await t.ctx.desk.work.markBlocks(
        task.id,
        { blockIds: ids, machine: 'drafted' },
        world.translator.actor,
      ),
    );
    unwrap(await t.ctx.desk.review.submit(task.id, '', world.translator.actor));
    unwrap(await t.ctx.desk.review.approve(task.id, world.manager.actor));
    const refused = await t.ctx.desk.review.publish(task.id, world.manager.actor);
    expect(refused.ok ? null : refused.error).toEqual({ type: 'machine-drafted', blockIds: ids });
    // Nothing of the refused publication stayed behind.
    expect((await t.ctx.articles.repository.findById(article?.id ?? ''))?.status).toBe('draft');
    expect((await t.ctx.desk.writer.read((tasks) => tasks.find(task.id)))?.status).toBe('approved');

    unwrap(
      await t.ctx.desk.work.markBlocks(
        task.id,
        { blockIds: ids, machine: 'reviewed' },
        world.manager.actor,
      ),
    );
    expect((await t.ctx.desk.review.publish(task.id, world.manager.actor)).ok).toBe(true);
  });

  it('marks only blocks of the translation, and refuses a save made from an old revision', async () => {
    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    const { article } = unwrap(await t.ctx.desk.work.claim(task.id, world.translator.actor));
    const unknown = await t.ctx.desk.work.markBlocks(
      task.id,
      { blockIds: [article?.body[0]?.id ?? '', 'nope'], done: true },
      world.translator.actor,
    );
    expect(unknown.ok ? null : unknown.error).toEqual({
      type: 'invalid',
      issues: [{ path: 'blockIds.1', code: 'issue.notBlock' }],
    });
    const save = (headline: string) =>
      t.ctx.desk.work.saveTranslation(
        task.id,
        { expectedRevision: 1, headline },
        world.translator.actor,
      );
    expect((await save('First')).ok).toBe(true);
    const stale = await save('Second');
    expect(stale.ok ? null : stale.error).toEqual({ type: 'conflict', currentRevision: 2 });
  });

  it('keeps the work when a translator releases a task, for the next one to continue', async () => {
    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    const { article } = unwrap(await t.ctx.desk.work.claim(task.id, world.translator.actor));
    unwrap(
      await t.ctx.desk.work.saveTranslation(
        task.id,
        { expectedRevision: 1, headline: 'Half done' },
        world.translator.actor,
      ),
    );
    const released = unwrap(await t.ctx.desk.work.release(task.id, world.translator.actor));
    expect(released).toMatchObject({
      status: 'open',
      assigneeId: null,
      targetArticleId: article?.id,
    });
    const again = unwrap(await t.ctx.desk.work.claim(task.id, world.otherTranslator.actor));
    expect(again.article).toMatchObject({ id: article?.id, headline: 'Half done' });
    const history = await t.ctx.desk.writer.read((tasks) => tasks.history(task.id));
    expect(history.map((entry) => entry.kind)).toEqual([
      'requested',
      'claimed',
      'started',
      'released',
      'claimed',
    ]);
  });

  it('assigns a task, and lets only the assignee start it', async () => {
    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    unwrap(await t.ctx.desk.work.assign(task.id, world.translator.user.id, world.manager.actor));
    const stranger = await t.ctx.desk.work.start(task.id, world.otherTranslator.actor);
    expect(stranger.ok ? null : stranger.error).toEqual({
      type: 'claimed',
      assigneeId: world.translator.user.id,
    });
    const started = unwrap(await t.ctx.desk.work.start(task.id, world.translator.actor));
    expect(started.article?.createdBy).toBe(world.translator.user.id);
    // Starting again changes nothing.
    const again = unwrap(await t.ctx.desk.work.start(task.id, world.translator.actor));
    expect(again.article?.id).toBe(started.article?.id);
  });

  it('sends a declined task’s draft to the trash, and lets a new request open afterwards', async () => {
    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    const { article } = unwrap(await t.ctx.desk.work.claim(task.id, world.translator.actor));
    const declined = unwrap(
      await t.ctx.desk.review.decline(task.id, 'Not for us', world.manager.actor),
    );
    expect(declined.status).toBe('declined');
    expect((await t.ctx.articles.repository.findById(article?.id ?? ''))?.deletedAt).not.toBeNull();
    expect((await t.ctx.desk.review.approve(task.id, world.manager.actor)).ok).toBe(false);
    const again = await requested(t.ctx, world, source);
    expect(again.id).not.toBe(task.id);
  });
});
