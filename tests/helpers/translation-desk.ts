import type { Article } from '../../src/articles/article.ts';
import type { AppContext } from '../../src/context.ts';
import { unwrap } from '../../src/core/result.ts';
import type { Site } from '../../src/sites/site.ts';
import type { TaskStatus, TranslationTask } from '../../src/translations/desk/translation-task.ts';
import type { User } from '../../src/users/user.ts';
import { type Credentials, makeStaff } from './admin-client.ts';
import { makeContributor, makeSite } from './factories.ts';

/** A person of the desk: their account, their token, and the actor the services take. */
export interface Person {
  user: User;
  as: Credentials & { bearer: string };
  actor: { userId: string };
}

/**
 * A small network for the desk's story: a Lima edition writing in Spanish, a New York edition
 * translating into English, a São Paulo edition translating into Portuguese, and their staff.
 */
export interface DeskWorld {
  lima: Site;
  york: Site;
  paulo: Site;
  /** Lima's editor, who writes and publishes the originals. */
  editor: Person;
  /** New York's translators and translation manager. */
  translator: Person;
  otherTranslator: Person;
  manager: Person;
  /** São Paulo's translator and manager. */
  ptTranslator: Person;
  ptManager: Person;
  authorId: string;
}

let counter = 0;

async function person(ctx: AppContext, roles: Parameters<typeof makeStaff>[1]): Promise<Person> {
  const made = await makeStaff(ctx, roles);
  return { ...made, actor: { userId: made.user.id } };
}

export async function deskWorld(ctx: AppContext): Promise<DeskWorld> {
  const n = ++counter;
  const lima = await makeSite(ctx, {
    slug: `lima-${n}`,
    basePath: `/lima-${n}`,
    name: 'Meridiano Perú',
    language: 'es-PE',
    timezone: 'America/Lima',
  });
  const york = await makeSite(ctx, {
    slug: `york-${n}`,
    basePath: `/york-${n}`,
    name: 'Meridian US',
    language: 'en-US',
  });
  const paulo = await makeSite(ctx, {
    slug: `paulo-${n}`,
    basePath: `/paulo-${n}`,
    name: 'Meridiano Brasil',
    language: 'pt-BR',
    timezone: 'America/Sao_Paulo',
  });
  const author = await makeContributor(ctx, { name: `Rosa Quispe ${n}` });
  return {
    lima,
    york,
    paulo,
    editor: await person(ctx, { roles: [[lima, 'editor']], name: 'Elena Editor' }),
    translator: await person(ctx, { roles: [[york, 'translator']], name: 'Tom Translator' }),
    otherTranslator: await person(ctx, { roles: [[york, 'translator']], name: 'Olga Other' }),
    manager: await person(ctx, { roles: [[york, 'translation-manager']], name: 'Mia Manager' }),
    ptTranslator: await person(ctx, { roles: [[paulo, 'translator']], name: 'Paulo Tradutor' }),
    ptManager: await person(ctx, { roles: [[paulo, 'translation-manager']], name: 'Pia Gerente' }),
    authorId: author.id,
  };
}

/** A published original on `site`, with three paragraphs, by the world's author. */
export async function publishedOriginal(
  ctx: AppContext,
  world: DeskWorld,
  site: Site = world.lima,
  input: Partial<Parameters<AppContext['articles']['createArticle']>[0]> = {},
): Promise<Article> {
  const n = ++counter;
  const draft = unwrap(
    await ctx.articles.createArticle(
      {
        siteId: site.id,
        headline: `Huelga portuaria ${n}`,
        dek: 'Los estibadores votan.',
        body: [
          { type: 'paragraph', html: 'Los estibadores del Callao votaron la huelga.' },
          { type: 'paragraph', html: 'La asamblea duró <em>seis horas</em>.' },
          { type: 'quote', html: 'No vamos a retroceder.', cite: 'Una delegada' },
        ],
        credits: [{ contributorId: world.authorId, role: 'author' }],
        ...input,
      },
      world.editor.actor,
    ),
  );
  return unwrap(await ctx.articles.publishArticle(draft.id, world.editor.actor));
}

/** Asks for an English translation of `source` for New York (or another edition). */
export async function requested(
  ctx: AppContext,
  world: DeskWorld,
  source: Article,
  site: Site = world.york,
): Promise<TranslationTask> {
  return unwrap(
    await ctx.desk.requests.requestTranslation(
      { sourceArticleId: source.id, targetSiteId: site.id },
      world.editor.actor,
    ),
  );
}

/**
 * A task for New York brought to `status` through the real steps: claimed by the translator,
 * handed in, approved and published by the manager, or declined.
 */
export async function taskIn(
  ctx: AppContext,
  world: DeskWorld,
  status: TaskStatus,
): Promise<TranslationTask> {
  const source = await publishedOriginal(ctx, world);
  let task = await requested(ctx, world, source);
  const { desk } = ctx;
  if (status === 'open') return task;
  if (status === 'declined')
    return unwrap(await desk.review.decline(task.id, '', world.manager.actor));
  task = unwrap(await desk.work.claim(task.id, world.translator.actor)).task;
  if (status === 'claimed') return task;
  task = unwrap(await desk.review.submit(task.id, '', world.translator.actor));
  if (status === 'in_review') return task;
  task = unwrap(await desk.review.approve(task.id, world.manager.actor));
  if (status === 'approved') return task;
  return unwrap(await desk.review.publish(task.id, world.manager.actor)).task;
}
