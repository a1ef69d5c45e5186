import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeArticle } from '../../../tests/helpers/factories.ts';
import { type DeskWorld, deskWorld } from '../../../tests/helpers/translation-desk.ts';
import { AppContext } from '../../context.ts';
import type { Clock } from '../../core/clock.ts';
import { silentLogger } from '../../core/logger.ts';
import { unwrap } from '../../core/result.ts';

const HOUR = 3600_000;

/** A clock that moves a second on every reading: publications one after another would differ. */
class TickingClock implements Clock {
  constructor(private at: number) {}
  now(): Date {
    this.at += 1000;
    return new Date(this.at);
  }
}

describeEachDialect('joint statements', (dialect) => {
  let t: TestContext;
  let world: DeskWorld;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    world = await deskWorld(t.ctx);
  }, 60_000);
  afterEach(() => t.destroy());

  /** Another process on the same database (a restart, or a second server). */
  async function anotherProcess(clock: Clock): Promise<AppContext> {
    return AppContext.fromConfig(t.ctx.config, {
      database: t.database,
      storage: t.ctx.storage,
      logger: silentLogger,
      clock,
    });
  }

  async function statementDraft(ctx: AppContext = t.ctx) {
    return makeArticle(ctx, world.lima, {
      headline: 'Declaración conjunta por la paz',
      body: [{ type: 'paragraph', html: 'Las redacciones hermanas declaramos…' }],
    });
  }

  /** A translator takes the edition's task, hands it in, and its manager approves it. */
  async function approve(
    ctx: AppContext,
    taskId: string,
    translator = world.translator,
    manager = world.manager,
  ) {
    unwrap(await ctx.desk.work.claim(taskId, translator.actor));
    unwrap(await ctx.desk.review.submit(taskId, '', translator.actor));
    unwrap(await ctx.desk.review.approve(taskId, manager.actor));
  }

  it('publishes on every edition at the same moment once the last translation is approved', async () => {
    const ticking = await anotherProcess(new TickingClock(Date.parse('2026-03-10T12:00:00Z')));
    const source = await statementDraft(ticking);
    const created = unwrap(
      await ticking.desk.jointStatements.create(
        {
          sourceArticleId: source.id,
          targets: [{ siteId: world.york.id }, { siteId: world.paulo.id }],
        },
        world.editor.actor,
      ),
    );
    const detail = await ticking.desk.jointStatements.detail(created.id);
    expect(detail).toMatchObject({ status: 'preparing', readyCount: 0 });
    const [york, paulo] = detail?.editions ?? [];
    expect([york?.siteId, paulo?.siteId]).toEqual([world.york.id, world.paulo.id]);

    await approve(ticking, york?.taskId ?? '');
    // Ready, but it waits for the others; and it is not published on its own.
    expect(await ticking.desk.jointStatements.detail(created.id)).toMatchObject({
      status: 'preparing',
      readyCount: 1,
    });
    const alone = await ticking.desk.review.publish(york?.taskId ?? '', world.manager.actor);
    expect(alone.ok ? null : alone.error).toMatchObject({
      issues: [{ path: 'jointStatementId', code: 'issue.jointStatement' }],
    });

    await approve(ticking, paulo?.taskId ?? '', world.ptTranslator, world.ptManager);
    const done = await ticking.desk.jointStatements.detail(created.id);
    expect(done?.status).toBe('published');
    const articles = await Promise.all(
      [source.id, ...(done?.editions ?? []).map((e) => e.articleId ?? '')].map((id) =>
        ticking.articles.repository.findById(id),
      ),
    );
    expect(articles.map((article) => article?.status)).toEqual([
      'published',
      'published',
      'published',
    ]);
    const moments = new Set(articles.map((article) => article?.publishedAt));
    expect(moments.size).toBe(1);
    expect(done?.publishedAt).toBe([...moments][0]);
    await ticking.jobs.stop();
  });

  it('publishes at its set time with the translations ready then, once, even after a restart', async () => {
    const source = await statementDraft();
    const at = new Date(t.clock.now().getTime() + 2 * HOUR).toISOString();
    const created = unwrap(
      await t.ctx.desk.jointStatements.create(
        {
          sourceArticleId: source.id,
          targets: [{ siteId: world.york.id }, { siteId: world.paulo.id }],
          publishAt: at,
        },
        world.editor.actor,
      ),
    );
    const [york, paulo] = (await t.ctx.desk.jointStatements.detail(created.id))?.editions ?? [];
    await approve(t.ctx, york?.taskId ?? '');
    // Approving everything does not publish a scheduled statement early.
    expect((await t.ctx.desk.jointStatements.find(created.id))?.status).toBe('scheduled');
    expect(await t.ctx.jobs.runDue()).toBe(0);
    await t.ctx.jobs.stop();

    // Another process, later: the stored job publishes it.
    t.clock.advance(3 * HOUR);
    const restarted = await anotherProcess(t.clock);
    const published: string[] = [];
    restarted.events.on('article.published', ({ article }) => {
      published.push(article.id);
    });
    expect(await restarted.jobs.runDue()).toBe(1);
    const detail = await restarted.desk.jointStatements.detail(created.id);
    expect(detail).toMatchObject({ status: 'published', publishedAt: at });
    const yorkArticle = detail?.editions.find((e) => e.siteId === world.york.id)?.articleId;
    expect(yorkArticle).toBeTruthy();
    expect(published.sort()).toEqual([source.id, yorkArticle].sort());
    for (const id of [source.id, yorkArticle ?? '']) {
      expect((await restarted.articles.repository.findById(id))?.publishedAt).toBe(at);
    }
    expect(detail?.editions.find((e) => e.siteId === world.paulo.id)?.status).toBe('open');
    // It fired once: nothing more is due, and a third process finds nothing to do either.
    t.clock.advance(HOUR);
    expect(await restarted.jobs.runDue()).toBe(0);
    await restarted.jobs.stop();

    // The late translation goes out on its own afterwards.
    await approve(t.ctx, paulo?.taskId ?? '', world.ptTranslator, world.ptManager);
    expect((await t.ctx.desk.review.publish(paulo?.taskId ?? '', world.ptManager.actor)).ok).toBe(
      true,
    );
  });

  it('follows a new time when rescheduled, and ignores the old one', async () => {
    const source = await statementDraft();
    const first = new Date(t.clock.now().getTime() + HOUR).toISOString();
    const second = new Date(t.clock.now().getTime() + 5 * HOUR).toISOString();
    const created = unwrap(
      await t.ctx.desk.jointStatements.create(
        { sourceArticleId: source.id, targets: [{ siteId: world.york.id }], publishAt: first },
        world.editor.actor,
      ),
    );
    unwrap(await t.ctx.desk.jointStatements.schedule(created.id, second));
    t.clock.advance(2 * HOUR);
    await t.ctx.jobs.runDue();
    expect((await t.ctx.desk.jointStatements.find(created.id))?.status).toBe('scheduled');
    t.clock.advance(4 * HOUR);
    await t.ctx.jobs.runDue();
    expect(await t.ctx.desk.jointStatements.find(created.id)).toMatchObject({
      status: 'published',
      publishedAt: second,
    });
    const again = await t.ctx.desk.jointStatements.publish(created.id, world.editor.user.id);
    expect(again.ok ? null : again.error).toEqual({ type: 'invalid-state', status: 'published' });
    await t.ctx.jobs.stop();
  });

  it('refuses statements it cannot prepare, saying which field is wrong', async () => {
    const source = await statementDraft();
    const create = async (input: Record<string, unknown>) => {
      const result = await t.ctx.desk.jointStatements.create(
        { sourceArticleId: source.id, ...input } as never,
        world.editor.actor,
      );
      return result.ok
        ? {}
        : Object.fromEntries(
            ('issues' in result.error ? result.error.issues : []).map((i) => [i.path, i.code]),
          );
    };
    expect(await create({ targets: [] })).toEqual({ targets: 'issue.tooFew' });
    expect(await create({ targets: [{ siteId: 'atlantis' }] })).toEqual({
      'targets.0.siteId': 'issue.unknownEdition',
    });
    expect(
      await create({ targets: [{ siteId: world.york.id }, { siteId: world.york.id }] }),
    ).toEqual({
      'targets.1.siteId': 'issue.duplicate',
    });
    expect(await create({ targets: [{ siteId: world.lima.id, language: 'es-AR' }] })).toEqual({
      'targets.0.language': 'issue.sameLanguage',
    });
    expect(
      await create({ targets: [{ siteId: world.york.id }], publishAt: '2026-03-10T11:00:00Z' }),
    ).toEqual({ publishAt: 'issue.notInFuture' });
    unwrap(await t.ctx.articles.publishArticle(source.id, world.editor.actor));
    expect(await create({ targets: [{ siteId: world.york.id }] })).toEqual({
      sourceArticleId: 'issue.notDraft',
    });
  });
});
