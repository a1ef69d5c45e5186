import { ArticleService } from '../articles/article.service.ts';
import type { Article, ArticleOrigin, Credit } from '../articles/article.ts';
import type { AppContext } from '../context.ts';
import { FixedClock } from '../core/clock.ts';
import type { NavigationItem, Site, SocialLink } from '../sites/site.ts';
import { demoContent } from './content/index.ts';
import type { DemoArticle, DemoContent, DemoContributor, DemoImage } from './content/types.ts';
import { toBlockInputs } from './demo-blocks.ts';
import { loadDemoDesk } from './demo-desk.ts';
import { renderPortraitJpeg, renderSceneJpeg } from './images.ts';
import { demoFrontPages, demoPages } from './pages.ts';
import { type DemoSite, demoSites } from './sites.ts';

/** The demo's newsroom accounts; the password is printed by `npm start` and in README. */
export const DEMO_PASSWORD = 'meridian-demo';
export const DEMO_ACCOUNTS = [
  { email: 'admin@meridian.example', name: 'Alex Admin', networkAdmin: true, roles: [] },
  {
    email: 'editor@meridian.example',
    name: 'Eda Editor',
    networkAdmin: false,
    roles: [['en', 'editor']],
  },
  {
    email: 'editora@meridian.example',
    name: 'Edith Editora',
    networkAdmin: false,
    roles: [
      ['es-pe', 'editor'],
      ['es-ar', 'editor'],
    ],
  },
  {
    email: 'translator@meridian.example',
    name: 'Tariq Translator',
    networkAdmin: false,
    roles: [['en', 'translator']],
  },
] as const;

export class DemoNotLoadedError extends Error {
  override name = 'DemoNotLoadedError';
}

export interface DemoSummary {
  sites: number;
  articles: number;
  created: number;
}

/**
 * Loads the demo network through the normal services. Idempotent: what exists already (by
 * slug, e-mail or file name) is kept, what is missing is added, so running it twice changes
 * nothing. Refuses a database that holds editions other than the demo's.
 */
export async function loadDemo(
  ctx: AppContext,
  progress: (line: string) => void = () => {},
  content: DemoContent = demoContent,
): Promise<DemoSummary> {
  const existing = await ctx.sites.list();
  const demoSlugs = new Set<string>(demoSites.map((site) => site.key));
  const foreign = existing.filter((site) => !demoSlugs.has(site.slug));
  if (foreign.length) {
    throw new DemoNotLoadedError(
      `The database already holds editions that are not the demo's (${foreign.map((s) => s.slug).join(', ')}): load the demo into an empty database instead.`,
    );
  }
  const now = ctx.clock.now();
  await ctx.network.update({ name: 'Meridian', language: 'en' });

  progress('Editions and sections…');
  const sites = new Map<string, Site>();
  const sectionIds = new Map<string, string>();
  for (const [position, demo] of demoSites.entries()) {
    const site = await ensureSite(ctx, demo, position);
    sites.set(demo.key, site);
    for (const [index, section] of demo.sections.entries()) {
      const found = await ctx.taxonomy.repository.findSection(site.id, section.slug);
      const id =
        found?.id ??
        unwrap(
          await ctx.taxonomy.createSection(site.id, site.language, { ...section, position: index }),
          `section ${demo.key}/${section.slug}`,
        ).id;
      sectionIds.set(`${demo.key}/${section.slug}`, id);
    }
    const navigation: NavigationItem[] = [
      ...demo.sections.map((section) => ({
        kind: 'section' as const,
        sectionId: sectionIds.get(`${demo.key}/${section.slug}`) ?? '',
      })),
      ...demo.pages.map((page) => ({ kind: 'page' as const, slug: page.slug, label: page.label })),
    ];
    if (JSON.stringify(site.navigation) !== JSON.stringify(navigation)) {
      sites.set(demo.key, (await ctx.sites.setNavigation(site.id, navigation)) ?? site);
    }
  }

  progress('Accounts…');
  for (const account of DEMO_ACCOUNTS) {
    if (await ctx.users.repository.findByEmail(account.email)) continue;
    unwrap(
      await ctx.users.createUser(
        {
          email: account.email,
          name: account.name,
          password: DEMO_PASSWORD,
          isNetworkAdmin: account.networkAdmin,
        },
        account.roles.map(([site, role]) => ({ siteId: sites.get(site)?.id ?? '', role })),
      ),
      `account ${account.email}`,
    );
  }

  progress(`Images (${content.images.length})…`);
  const mediaIds = new Map<string, string>();
  for (const image of content.images) mediaIds.set(image.key, await ensureImage(ctx, image));

  progress(`Contributors (${content.contributors.length})…`);
  const contributorIds = new Map<string, string>();
  for (const [index, contributor] of content.contributors.entries()) {
    contributorIds.set(contributor.key, await ensureContributor(ctx, contributor, index));
  }

  const seriesIds = new Map<string, string>();
  for (const series of content.series) {
    const site = sites.get(series.site);
    if (!site) throw new Error(`demo series ${series.key}: no edition ${series.site}`);
    const found = await ctx.taxonomy.repository.findSeries(site.id, series.slug);
    seriesIds.set(
      series.key,
      found?.id ??
        unwrap(
          await ctx.taxonomy.createSeries(site.id, site.language, {
            slug: series.slug,
            title: series.title,
            description: series.description,
          }),
          `series ${series.key}`,
        ).id,
    );
  }

  progress(`Articles (${content.articles.length})…`);
  const articles = new Map<string, Article>();
  let created = 0;
  for (const demo of inDependencyOrder(content.articles)) {
    const site = sites.get(demo.site);
    if (!site) throw new Error(`demo article ${demo.key}: no edition ${demo.site}`);
    const found = await ctx.articles.repository.findBySlug(site.id, demo.slug);
    if (found) {
      articles.set(demo.key, found);
      continue;
    }
    const article = await createDemoArticle(ctx, demo, {
      site,
      now,
      articles,
      mediaIds,
      contributorIds,
      sectionId: sectionIds.get(`${demo.site}/${demo.section}`) ?? null,
      seriesId: demo.series ? (seriesIds.get(demo.series.key) ?? null) : null,
    });
    articles.set(demo.key, article);
    created++;
  }
  progress('Static pages and front pages…');
  for (const page of demoPages) {
    const site = sites.get(page.site);
    if (!site || (await ctx.pages.repository.findBySlug(site.id, page.slug))) continue;
    unwrap(
      await ctx.pages.createPage(site.id, site.language, {
        slug: page.slug,
        title: page.title,
        description: page.description,
        body: toBlockInputs(
          `page:${page.site}/${page.slug}`,
          page.body,
          (key) => mediaIds.get(key) ?? key,
        ),
      }),
      `page ${page.site}/${page.slug}`,
    );
  }
  for (const [key, front] of Object.entries(demoFrontPages)) {
    const site = sites.get(key);
    if (!site) continue;
    const current = await ctx.frontPages.get(site.id);
    if (current.leadId || current.featuredIds.length) continue;
    const idOf = (articleKey: string) => articles.get(articleKey)?.id;
    unwrap(
      await ctx.frontPages.set(site.id, {
        leadId: idOf(front.lead) ?? null,
        featuredIds: front.featured.flatMap((articleKey) => idOf(articleKey) ?? []),
      }),
      `front page of ${key}`,
    );
  }
  progress('Translation desk…');
  await loadDemoDesk(ctx, sites, sectionIds, articles);
  await ctx.siteDirectory.reload();
  return { sites: sites.size, articles: articles.size, created };
}

function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; error: unknown },
  what: string,
): T {
  if (result.ok) return result.value;
  throw new Error(`demo ${what} could not be created: ${JSON.stringify(result.error)}`);
}

async function ensureSite(ctx: AppContext, demo: DemoSite, position: number): Promise<Site> {
  const found = await ctx.sites.findBySlug(demo.key);
  if (found) return found;
  return unwrap(
    await ctx.sites.createSite({
      slug: demo.key,
      name: demo.name,
      language: demo.language,
      country: demo.country,
      timezone: demo.timezone,
      tagline: demo.tagline,
      basePath: demo.basePath,
      socialLinks: demo.social as SocialLink[],
      position,
      settings: { shareUtm: { source: 'share', medium: 'social', campaign: demo.key } },
    }),
    `edition ${demo.key}`,
  );
}

async function ensureImage(ctx: AppContext, image: DemoImage): Promise<string> {
  const name = `demo-${image.key}.jpg`;
  const found = await ctx.media.repository.findByOriginalName(name);
  if (found) return found.id;
  const bytes = await renderSceneJpeg(
    { scene: image.scene, palette: image.palette, seed: image.seed },
    1600,
    900,
  );
  const texts: Record<string, { alt: string; caption: string }> = {};
  for (const language of new Set([...Object.keys(image.alt), ...Object.keys(image.caption)])) {
    const key = language as keyof DemoImage['alt'];
    texts[language] = { alt: image.alt[key] ?? '', caption: image.caption[key] ?? '' };
  }
  return unwrap(
    await ctx.media.importImage(bytes, { originalName: name, credit: image.credit, texts }),
    `image ${image.key}`,
  ).id;
}

async function ensureContributor(
  ctx: AppContext,
  demo: DemoContributor,
  index: number,
): Promise<string> {
  const found = await ctx.contributors.repository.findBySlug(demo.key);
  if (found) return found.id;
  let photoMediaId: string | null = null;
  if (demo.photo) {
    const name = `demo-contributor-${demo.key}.jpg`;
    photoMediaId =
      (await ctx.media.repository.findByOriginalName(name))?.id ??
      unwrap(
        await ctx.media.importImage(
          await renderPortraitJpeg(demo.name, demo.kind, index + 1, 600),
          {
            originalName: name,
            credit: 'Meridian',
            texts: { en: { alt: '', caption: '' } },
          },
        ),
        `photo of ${demo.key}`,
      ).id;
  }
  const languages = new Set([
    ...Object.keys(demo.bio),
    ...Object.keys(demo.title ?? {}),
    ...Object.keys(demo.localNames ?? {}),
  ]);
  const profiles: Record<string, { name: string | null; title: string; bio: string }> = {};
  for (const language of languages) {
    const key = language as keyof DemoContributor['bio'];
    profiles[language] = {
      name: demo.localNames?.[key] ?? null,
      title: demo.title?.[key] ?? '',
      bio: demo.bio[key] ?? '',
    };
  }
  return unwrap(
    await ctx.contributors.createContributor({
      kind: demo.kind,
      name: demo.name,
      slug: demo.key,
      links: demo.links ?? [],
      photoMediaId,
      profiles,
    }),
    `contributor ${demo.key}`,
  ).id;
}

/** Sources before the articles made from them (translations of translations included). */
export function inDependencyOrder(articles: DemoArticle[]): DemoArticle[] {
  const byKey = new Map(articles.map((article) => [article.key, article]));
  const ordered: DemoArticle[] = [];
  const placed = new Set<string>();
  const visit = (article: DemoArticle, path: string[]) => {
    if (placed.has(article.key)) return;
    if (path.includes(article.key))
      throw new Error(`demo origin cycle: ${[...path, article.key].join(' → ')}`);
    const sourceKey = sourceKeyOf(article);
    const source = sourceKey ? byKey.get(sourceKey) : undefined;
    if (sourceKey && !source)
      throw new Error(`demo article ${article.key}: unknown source ${sourceKey}`);
    if (source) visit(source, [...path, article.key]);
    placed.add(article.key);
    ordered.push(article);
  };
  for (const article of articles) visit(article, []);
  return ordered;
}

/** The body as it first appeared, before its correction: one paragraph read differently. */
function beforeCorrection<T extends { type: string }>(
  body: T[],
  correction: NonNullable<DemoArticle['correction']>,
): T[] {
  return body.map((block, index) =>
    index === correction.block && block.type === 'paragraph'
      ? { ...block, html: correction.before }
      : block,
  );
}

function sourceKeyOf(article: DemoArticle): string | undefined {
  const origin = article.origin;
  if (!origin) return undefined;
  if ('translationOf' in origin) return origin.translationOf;
  if ('republicationOf' in origin) return origin.republicationOf;
  return undefined;
}

interface ArticleSetting {
  site: Site;
  now: Date;
  articles: Map<string, Article>;
  mediaIds: Map<string, string>;
  contributorIds: Map<string, string>;
  sectionId: string | null;
  seriesId: string | null;
}

async function createDemoArticle(
  ctx: AppContext,
  demo: DemoArticle,
  setting: ArticleSetting,
): Promise<Article> {
  const { site, articles, mediaIds, contributorIds } = setting;
  const contributor = (key: string) => {
    const id = contributorIds.get(key);
    if (!id) throw new Error(`demo article ${demo.key}: unknown contributor ${key}`);
    return id;
  };
  const media = (key: string) => {
    const id = mediaIds.get(key);
    if (!id) throw new Error(`demo article ${demo.key}: unknown image ${key}`);
    return id;
  };
  const credits: Credit[] = [
    ...demo.authors.map((key) => ({ contributorId: contributor(key), role: 'author' as const })),
    ...(demo.translators ?? []).map((key) => ({
      contributorId: contributor(key),
      role: 'translator' as const,
    })),
  ];
  let origin: ArticleOrigin = { type: 'original' };
  let body = toBlockInputs(demo.key, demo.body, media);
  const sourceKey = sourceKeyOf(demo);
  const source = sourceKey ? articles.get(sourceKey) : undefined;
  if (demo.origin && 'translationOf' in demo.origin && source) {
    origin = { type: 'translation', sourceArticleId: source.id, sourceRevision: source.revision };
    body = toBlockInputs(
      demo.key,
      demo.body,
      media,
      source.body.map((block) => block.id),
    );
  } else if (demo.origin && 'republicationOf' in demo.origin && source) {
    // A same-language republication carries its source's text, block for block.
    origin = {
      type: 'republication',
      source: { kind: 'article', articleId: source.id, sourceRevision: source.revision },
    };
    body = source.body.map((block, index) => ({
      ...block,
      id: `${block.id.slice(0, 10)}r${index}`,
      sourceBlockId: block.id,
    }));
  } else if (demo.origin && 'outside' in demo.origin) {
    origin = { type: 'republication', source: { kind: 'outside', ...demo.origin.outside } };
  }
  const tagIds: string[] = [];
  for (const name of demo.tags ?? []) {
    tagIds.push(
      unwrap(await ctx.taxonomy.ensureTag(site.id, site.language, name), `tag ${name}`).id,
    );
  }

  // Each article is written and published at its own moment in the past.
  const publishedAt = new Date(setting.now.getTime() - demo.publishedHoursAgo * 3_600_000);
  const writtenAt =
    demo.status === 'scheduled' ? setting.now : new Date(publishedAt.getTime() - 3_600_000);
  const clock = new FixedClock(writtenAt);
  const service = new ArticleService(ctx.db, ctx.sites, ctx.events, clock);
  const article = unwrap(
    await service.createArticle(
      {
        siteId: site.id,
        slug: demo.slug,
        kicker: demo.kicker ?? '',
        headline: demo.headline,
        dek: demo.dek,
        body: demo.correction ? beforeCorrection(body, demo.correction) : body,
        sectionId: setting.sectionId,
        seriesId: setting.seriesId,
        seriesPosition: demo.series?.position ?? null,
        tagIds,
        leadMediaId: demo.lead ? media(demo.lead) : null,
        credits,
        origin,
      },
      { userId: null },
    ),
    `article ${demo.key}`,
  );
  if (demo.status === 'draft') return article;
  if (demo.status === 'scheduled') {
    return unwrap(
      await service.scheduleArticle(article.id, publishedAt, { userId: null }),
      `schedule ${demo.key}`,
    );
  }
  clock.set(publishedAt);
  const published = unwrap(
    await service.publishArticle(article.id, { userId: null }),
    `publish ${demo.key}`,
  );
  if (demo.correction) {
    clock.set(new Date(publishedAt.getTime() + demo.correction.hoursAfter * 3_600_000));
    return unwrap(
      await service.updateArticle(
        article.id,
        { body },
        published.revision,
        { userId: null },
        { changeKind: 'correction', correctionNote: demo.correction.note },
      ),
      `correct ${demo.key}`,
    );
  }
  if (demo.status !== 'unpublished') return published;
  clock.set(new Date(publishedAt.getTime() + 2 * 3_600_000));
  return unwrap(
    await service.unpublishArticle(article.id, { userId: null }),
    `withdraw ${demo.key}`,
  );
}
