import type { Article } from '../articles/article.ts';
import type { AppContext } from '../context.ts';
import type { Site } from '../sites/site.ts';
import type { Priority, TaskStatus } from '../translations/desk/translation-task.ts';
import type { SubscriptionInput } from '../translations/subscriptions/subscription.ts';

/*
 * The demo's translation desk, so that it is not empty: the English edition subscribes to the
 * International sections of the Spanish editions, the Brazilian one to network-wide articles,
 * and a few Spanish stories wait on the English desk in different states. Everything goes
 * through the desk's services, as the newsroom would do it.
 */

/** The demo's translator (see DEMO_ACCOUNTS) and the English editor who asks for translations. */
const TRANSLATOR = 'translator@meridian.example';
const REQUESTER = 'editor@meridian.example';

/** Tasks on the English desk: the Spanish article (by demo key), and how far it has come. */
export const DEMO_TASKS: {
  article: string;
  status: Extract<TaskStatus, 'open' | 'claimed' | 'in_review'>;
  priority: Priority;
  /** Due this many days after the load; omitted: no due date. */
  dueInDays?: number;
  notes?: string;
}[] = [
  {
    article: 'lima-water-cuts',
    status: 'open',
    priority: 'high',
    dueInDays: 2,
    notes: 'For the cities page on Friday.',
  },
  { article: 'congreso-reforma-laboral', status: 'open', priority: 'normal' },
  { article: 'salarios-inflacion-2026', status: 'claimed', priority: 'normal', dueInDays: 5 },
  { article: 'trabajadoras-hospital-del-sur', status: 'in_review', priority: 'urgent' },
];

const STEPS: TaskStatus[] = ['open', 'claimed', 'in_review'];

function fail(what: string, error: unknown): never {
  throw new Error(`demo desk: ${what}: ${JSON.stringify(error)}`);
}

/** Adds the subscription unless the edition has one with the same rules already. */
async function ensureSubscription(ctx: AppContext, site: Site, input: SubscriptionInput) {
  const rules = (value: Partial<SubscriptionInput>) =>
    JSON.stringify([
      [...(value.sourceSiteIds ?? [])].sort(),
      [...(value.sectionIds ?? [])].sort(),
      value.networkWideOnly ?? false,
    ]);
  const existing = await ctx.desk.subscriptions.list(site.id);
  if (existing.some((subscription) => rules(subscription) === rules(input))) return;
  const made = await ctx.desk.subscriptions.create(site.id, input, { userId: null });
  if (!made.ok) fail(`subscription of ${site.slug}`, made.error);
}

/**
 * Loads the demo desk. Idempotent: a subscription or task that exists is kept; a task left
 * behind its planned state (an interrupted load) is taken on from where it stands.
 */
export async function loadDemoDesk(
  ctx: AppContext,
  sites: Map<string, Site>,
  sectionIds: Map<string, string>,
  articles: Map<string, Article>,
): Promise<void> {
  const en = sites.get('en');
  const ar = sites.get('es-ar');
  const pe = sites.get('es-pe');
  const br = sites.get('pt-br');
  if (!en || !ar || !pe || !br) throw new Error('demo desk: an edition is missing');
  await ensureSubscription(ctx, en, {
    sourceSiteIds: [ar.id, pe.id],
    sectionIds: ['es-ar/internacional', 'es-pe/internacional'].flatMap(
      (key) => sectionIds.get(key) ?? [],
    ),
  });
  await ensureSubscription(ctx, br, { networkWideOnly: true, priority: 'high' });

  const translator = await ctx.users.repository.findByEmail(TRANSLATOR);
  const requester = await ctx.users.repository.findByEmail(REQUESTER);
  if (!translator || !requester) throw new Error('demo desk: the demo accounts are missing');
  const now = ctx.clock.now().getTime();
  for (const plan of DEMO_TASKS) {
    const source = articles.get(plan.article);
    if (!source) throw new Error(`demo desk: no article ${plan.article}`);
    let task = await ctx.desk.writer.read((tasks) =>
      tasks.liveFor(source.storyId, en.id, en.language),
    );
    // Someone declined it since: the demo does not ask again.
    if (
      !task &&
      (await ctx.desk.writer.read((tasks) => tasks.anyFor(source.storyId, en.id, en.language)))
    ) {
      continue;
    }
    if (!task) {
      const requested = await ctx.desk.requests.requestTranslation(
        {
          sourceArticleId: source.id,
          targetSiteId: en.id,
          priority: plan.priority,
          dueOn:
            plan.dueInDays === undefined
              ? null
              : new Date(now + plan.dueInDays * 86_400_000).toISOString().slice(0, 10),
          notes: plan.notes ?? '',
        },
        { userId: requester.id },
      );
      // A version of the story on the English edition already: nothing to ask for.
      if (!requested.ok) continue;
      task = requested.value;
    }
    const actor = { userId: translator.id };
    if (STEPS.indexOf(task.status) >= STEPS.indexOf(plan.status)) continue;
    if (task.status === 'open') {
      const claimed = await ctx.desk.work.claim(task.id, actor);
      if (!claimed.ok) fail(`claim of ${plan.article}`, claimed.error);
      task = claimed.value.task;
    }
    if (plan.status === 'in_review' && task.status === 'claimed') {
      const submitted = await ctx.desk.review.submit(task.id, '', actor);
      if (!submitted.ok) fail(`hand-in of ${plan.article}`, submitted.error);
    }
  }
}
