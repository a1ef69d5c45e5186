import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import {
  deskWorld,
  publishedOriginal,
  requested,
} from '../../../tests/helpers/translation-desk.ts';
import { type Receiver, startReceiver } from '../../../tests/helpers/webhook-receiver.ts';
import type { Block } from '../../articles/blocks.ts';
import { unwrap } from '../../core/result.ts';

describeEachDialect('the desk’s events reach the target edition’s webhooks', (dialect) => {
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

  it('sends translation.requested, .published and .outdated as the task moves', async () => {
    const world = await deskWorld(t.ctx);
    unwrap(
      await t.ctx.webhooks.create(
        world.york.id,
        {
          url: `${receiver.url}/desk`,
          events: ['translation.requested', 'translation.published', 'translation.outdated'],
        },
        { userId: null },
      ),
    );
    const source = await publishedOriginal(t.ctx, world);
    const task = await requested(t.ctx, world, source);
    unwrap(await t.ctx.desk.work.claim(task.id, world.translator.actor));
    unwrap(await t.ctx.desk.review.submit(task.id, '', world.translator.actor));
    unwrap(await t.ctx.desk.review.approve(task.id, world.manager.actor));
    const { article } = unwrap(await t.ctx.desk.review.publish(task.id, world.manager.actor));
    unwrap(
      await t.ctx.articles.updateArticle(
        source.id,
        { body: [...source.body, { type: 'paragraph', html: 'Actualización.' }] as Block[] },
        source.revision,
        world.editor.actor,
      ),
    );
    await t.ctx.jobs.runDue();

    // Deliveries run side by side: their order is not the events' order.
    const bodies = receiver.received.map((request) => JSON.parse(request.body));
    const of = (event: string) => bodies.find((body) => body.event === event);
    expect(bodies.map((body) => body.event).sort()).toEqual([
      'translation.outdated',
      'translation.published',
      'translation.requested',
    ]);
    expect(of('translation.published').data).toMatchObject({
      task: { id: task.id, targetSiteId: world.york.id, targetLanguage: 'en-US' },
      sourceArticle: { id: source.id },
      targetArticle: { id: article.id },
    });
    expect(of('translation.outdated').data).toMatchObject({
      translatedRevision: source.revision,
      currentRevision: source.revision + 1,
    });
  });
});
