import { demoArticle } from './demo-content.ts';

/**
 * Finds one page of every type a running Tribune serves, by following its links from the
 * network directory, so the quality tests (HTML validity, accessibility, weight) check every
 * kind of page without a hand-kept list that falls behind as the reader site grows.
 */

/** A page the quality tests check: the representative of its type. */
export interface PageToCheck {
  /** The page type: the page's `data-page-type`, else guessed from the URL's shape. */
  type: string;
  url: string;
  /** The HTTP status it answered with when crawled (404 for the not-found pages). */
  status: number;
  /** What else this representative stands for, e.g. ['de', 'origin=translation'] or ['page 2']. */
  traits: string[];
}

/** An internal link that led to an error status. */
export interface BrokenLink {
  url: string;
  status: number;
  /** The page that links to it. */
  from: string;
}

export interface CrawlResult {
  pages: PageToCheck[];
  brokenLinks: BrokenLink[];
  /** How many URLs were fetched, and whether the cap stopped the crawl early. */
  fetched: number;
  capped: boolean;
}

export interface CrawlOptions {
  /** The most URLs fetched (default 400). */
  maxFetches?: number;
  /** How many requests run at once (default 8). */
  concurrency?: number;
  /** Pages no link leads to (a withdrawn article's 410), checked as they are. */
  extraPages?: PageToCheck[];
}

/** Paths that are never reader pages. */
const NOT_PAGES = [/^\/media\//, /^\/assets\//, /^\/api\//, /^\/newsroom(\/|$)/, /^\/healthz$/];
const FEED = /(^|\/)(feed|rss|atom)(\/|$)|\.(xml|rss|atom|json)$/i;
const FILE_EXTENSION = /\/[^/]*\.[a-z0-9]{1,8}$/i;
/** Shapes of an edition's listing pages: `/<edition>/<kind>/<slug>`. */
const LISTING_KINDS = new Set(['section', 'tag', 'series', 'contributor']);

/** One representative URL per page type of the site at baseUrl (see crawlSite). */
export async function crawlPageTypes(
  baseUrl: string,
  options: CrawlOptions = {},
): Promise<PageToCheck[]> {
  return (await crawlSite(baseUrl, options)).pages;
}

/**
 * Crawls same-origin HTML pages breadth-first from the network directory (URLs of a page type
 * not yet seen first), keeps the shallowest page of each type, a few articles that between them
 * cover every language, origin, byline kind and figure kind found, and the not-found pages.
 */
export async function crawlSite(baseUrl: string, options: CrawlOptions = {}): Promise<CrawlResult> {
  const maxFetches = options.maxFetches ?? 400;
  const concurrency = options.concurrency ?? 8;
  const root = new URL('/', baseUrl);
  const origin = root.origin;
  const editions = new Set<string>(); // base paths with a trailing slash, e.g. '/en/'
  const seen = new Set<string>();
  const shapesQueued = new Set<string>();
  const novel: Array<{ url: string; from: string }> = [];
  const ordinary: Array<{ url: string; from: string }> = [];
  const representatives = new Map<string, PageToCheck>();
  const articles: Array<{ url: string; status: number; traits: string[] }> = [];
  const brokenLinks: BrokenLink[] = [];
  let fetched = 0;

  const enqueue = (url: string, from: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const shape = shapeKey(new URL(url), editions);
    if (shapesQueued.has(shape)) {
      ordinary.push({ url, from });
    } else {
      shapesQueued.add(shape);
      novel.push({ url, from });
    }
  };
  enqueue(root.href, root.href);

  while (fetched < maxFetches && (novel.length > 0 || ordinary.length > 0)) {
    const wave: Array<{ url: string; from: string }> = [];
    while (wave.length < concurrency && fetched + wave.length < maxFetches) {
      const next = novel.shift() ?? ordinary.shift();
      if (!next) break;
      wave.push(next);
    }
    fetched += wave.length;
    const responses = await Promise.all(wave.map((item) => fetchPage(item.url)));
    // Handled in queue order, so the same site always yields the same representatives.
    for (const [index, response] of responses.entries()) {
      const item = wave[index]!;
      if (!response || new URL(response.url).origin !== origin) continue;
      if (response.status >= 400) {
        brokenLinks.push({ url: item.url, status: response.status, from: item.from });
        continue;
      }
      const url = new URL(response.url);
      if (url.href !== item.url && seen.has(url.href)) continue; // a redirect to a page already seen
      seen.add(url.href);
      const isDirectory = url.pathname === '/';
      const links = extractLinks(response.html, url);
      for (const link of links) {
        if (isDirectory && link.pathname.endsWith('/') && link.pathname !== '/') {
          editions.add(link.pathname);
        } else if (/^\/[^/]+\/$/.test(link.pathname)) {
          editions.add(link.pathname);
        }
      }
      const type = pageTypeOf(response.html, url, editions);
      const page = Number(url.searchParams.get('page') ?? '1');
      if (type === 'article' && page < 2) {
        articles.push({
          url: url.href,
          status: response.status,
          traits: articleTraits(response.html),
        });
      } else {
        const traits = page >= 2 ? [`page ${page}`] : [];
        const key = [type, ...traits].join(' ');
        if (!representatives.has(key)) {
          representatives.set(key, { type, url: url.href, status: response.status, traits });
        }
      }
      for (const link of links) {
        if (isReaderPage(link, origin)) enqueue(link.href, url.href);
      }
    }
  }

  const pages = [...representatives.values(), ...chooseArticles(articles)];
  pages.push(...(await notFoundPages(root, editions)));
  pages.push(
    ...(options.extraPages ?? []).map((page) => ({ ...page, url: new URL(page.url, root).href })),
  );
  return { pages, brokenLinks, fetched, capped: novel.length + ordinary.length > 0 };
}

/** Pages of the demo no link leads to, for the quality tests to check too. */
export function unlinkedDemoPages(): PageToCheck[] {
  return [
    { type: 'gone', url: demoArticle('withdrawn-brief').path, status: 410, traits: [] },
    // Search pages are reached through a form, which the crawl does not submit.
    { type: 'search', url: '/en/search', status: 200, traits: ['empty form'] },
    {
      type: 'search',
      url: '/es-ar/search?q=trabajadores&scope=network&from=2024-13-01',
      status: 200,
      traits: ['results', 'filter problem'],
    },
  ];
}

/** The page types found, with the traits their representatives cover, e.g. 'article [de, en]'. */
export function pageTypesFound(list: PageToCheck[]): string[] {
  const byType = new Map<string, Set<string>>();
  for (const page of list) {
    const traits = byType.get(page.type) ?? new Set<string>();
    for (const trait of page.traits) traits.add(trait);
    byType.set(page.type, traits);
  }
  return [...byType.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, traits]) => (traits.size ? `${type} [${[...traits].sort().join(', ')}]` : type));
}

/** A page's type and traits, for messages: 'article (de, origin=translation)'. */
export function describePage(page: PageToCheck): string {
  return page.traits.length ? `${page.type} (${page.traits.join(', ')})` : page.type;
}

/** A page's address without the test server's origin, for short messages: '/en/?page=2'. */
export function pathOf(url: string): string {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
}

/** The article markers the reader pages carry that no crawled article showed. */
export function articleVariantsMissing(list: PageToCheck[]): string[] {
  const wanted = [
    'origin=translation',
    'origin=republication',
    'byline=none',
    'byline=organisation',
    'figure.video',
    'corrected=yes',
  ];
  const found = new Set(list.filter((p) => p.type === 'article').flatMap((p) => p.traits));
  return wanted.filter((trait) => !found.has(trait));
}

async function fetchPage(
  url: string,
): Promise<{ url: string; status: number; html: string } | null> {
  try {
    const response = await fetch(url, {
      headers: { accept: 'text/html' },
      signal: AbortSignal.timeout(20_000),
    });
    if (!(response.headers.get('content-type') ?? '').includes('text/html')) {
      await response.body?.cancel();
      return null;
    }
    return { url: response.url, status: response.status, html: await response.text() };
  } catch (error) {
    const { message, cause } = error as Error & { cause?: Error };
    throw new Error(`Crawling ${url} failed: ${message}${cause ? ` (${cause.message})` : ''}`);
  }
}

function isReaderPage(url: URL, origin: string): boolean {
  if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return false;
  const path = url.pathname;
  if (NOT_PAGES.some((pattern) => pattern.test(path))) return false;
  if (FEED.test(path) || FILE_EXTENSION.test(path)) return false;
  // Page 2 stands for every later page.
  return Number(url.searchParams.get('page') ?? '1') <= 2;
}

/** The type a URL's shape suggests, for crawling new shapes first: 'section', 'article@/de/'… */
function shapeKey(url: URL, editions: Set<string>): string {
  const type = typeFromUrl(url, editions);
  const edition = editionOf(url.pathname, editions);
  const paginated = Number(url.searchParams.get('page') ?? '1') >= 2 ? ' page 2' : '';
  return type === 'article' ? `article@${edition}` : `${type}${paginated}`;
}

function pageTypeOf(html: string, url: URL, editions: Set<string>): string {
  const declared =
    attributesOf(html, 'body')['data-page-type'] ?? attributesOf(html, 'main')['data-page-type'];
  if (declared) return declared;
  const type = typeFromUrl(url, editions);
  // A one-slug address without an <article> is a static page (about, contact…).
  if (type === 'article' && !/<article[\s>]/i.test(html)) return 'page';
  return type;
}

function typeFromUrl(url: URL, editions: Set<string>): string {
  if (url.pathname === '/') return 'directory';
  const edition = editionOf(url.pathname, editions);
  if (!edition) return `other ${url.pathname.split('/').slice(0, 2).join('/')}`;
  const rest = url.pathname.slice(edition.length).split('/').filter(Boolean);
  if (rest.length === 0) return 'home';
  if (rest.length === 1) return 'article';
  if (rest.length === 2 && LISTING_KINDS.has(rest[0]!)) return rest[0]!;
  return `other ${rest[0]}`;
}

/** The longest known edition base path the path lies in ('/en/'), or ''. */
function editionOf(path: string, editions: Set<string>): string {
  let best = '';
  for (const base of editions) {
    if ((path === base || path.startsWith(base)) && base.length > best.length) best = base;
  }
  return best;
}

/** What makes an article render differently: its language, origin, byline, corrections and figures. */
function articleTraits(html: string): string[] {
  const traits = new Set<string>();
  const language = attributesOf(html, 'html').lang?.split('-')[0]?.toLowerCase();
  if (language) traits.add(language);
  // The page's own markers: on <body>, else <main>, else its first <article> (not a teaser's).
  const holders = ['body', 'main', 'article'].map((tag) => attributesOf(html, tag));
  for (const name of ['origin', 'byline', 'corrected']) {
    const value = holders.find((attributes) => attributes[`data-${name}`])?.[`data-${name}`];
    if (value) traits.add(`${name}=${value}`);
  }
  for (const [tag] of html.matchAll(/<figure\b[^>]*>/gi)) {
    for (const name of (attributesFrom(tag).class ?? '').split(/\s+/).filter(Boolean)) {
      traits.add(`figure.${name}`);
    }
  }
  return [...traits];
}

/** Fewest articles covering every trait seen (greedy set cover; earliest found wins ties). */
function chooseArticles(
  articles: Array<{ url: string; status: number; traits: string[] }>,
): PageToCheck[] {
  const uncovered = new Set(articles.flatMap((article) => article.traits));
  const chosen: PageToCheck[] = [];
  if (articles.length > 0 && uncovered.size === 0) {
    const first = articles[0]!;
    return [{ type: 'article', url: first.url, status: first.status, traits: [] }];
  }
  while (uncovered.size > 0) {
    let best = articles[0]!;
    let bestGain = -1;
    for (const article of articles) {
      const gain = article.traits.filter((trait) => uncovered.has(trait)).length;
      if (gain > bestGain) {
        best = article;
        bestGain = gain;
      }
    }
    for (const trait of best.traits) uncovered.delete(trait);
    chosen.push({ type: 'article', url: best.url, status: best.status, traits: best.traits });
  }
  return chosen;
}

/** The not-found page of an edition (English if there is one) and of the network. */
async function notFoundPages(root: URL, editions: Set<string>): Promise<PageToCheck[]> {
  const edition = editions.has('/en/') ? '/en/' : ([...editions].sort()[0] ?? null);
  const addresses = [
    ...(edition ? [{ path: `${edition}this-page-does-not-exist`, traits: [] }] : []),
    { path: '/this-page-does-not-exist', traits: ['network'] },
  ];
  const pages: PageToCheck[] = [];
  for (const { path, traits } of addresses) {
    const url = new URL(path, root);
    const response = await fetchPage(url.href);
    if (!response) throw new Error(`${url.href} did not answer with an HTML page.`);
    const type = attributesOf(response.html, 'body')['data-page-type'] ?? 'not-found';
    pages.push({ type, url: url.href, status: response.status, traits });
  }
  return pages;
}

/**
 * The addresses a page leads to: `<a href>`, `<link rel=next|prev|alternate>` (HTML only), and
 * GET forms (a search box) submitted with a word from the page's title.
 */
function extractLinks(html: string, base: URL): URL[] {
  const links: URL[] = [];
  const word = (html.match(/<title[^>]*>([^<]*)/i)?.[1] ?? '').match(/\p{L}{4,}/u)?.[0] ?? 'news';
  for (const [form, inside] of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/gi)) {
    const attributes = attributesFrom(form.slice(0, form.indexOf('>') + 1));
    if ((attributes.method ?? 'get').toLowerCase() !== 'get') continue;
    try {
      const url = new URL(attributes.action ?? '', base);
      for (const [input] of inside!.matchAll(/<input\b[^>]*>/gi)) {
        const field = attributesFrom(input);
        if (!field.name) continue;
        const typed = ['text', 'search', undefined].includes(field.type?.toLowerCase());
        url.searchParams.set(field.name, typed ? word : (field.value ?? ''));
      }
      url.hash = '';
      links.push(url);
    } catch {
      // An unparsable action is the HTML checker's to report.
    }
  }
  for (const [tag, name] of html.matchAll(/<(a|link)\b[^>]*>/gi)) {
    const attributes = attributesFrom(tag);
    const href = attributes.href;
    if (!href || /^(mailto|tel|javascript|data):/i.test(href)) continue;
    if (name!.toLowerCase() === 'link') {
      const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
      if (!rel.some((r) => r === 'next' || r === 'prev' || r === 'alternate')) continue;
      if (attributes.type && attributes.type !== 'text/html') continue;
    }
    try {
      const url = new URL(href, base);
      url.hash = '';
      links.push(url);
    } catch {
      // An unparsable href is the HTML checker's to report.
    }
  }
  return links;
}

/** The attributes of every `<tag …>` in html, in order (a regex reading: tags, not a DOM). */
export function findTags(html: string, tag: string): Array<Record<string, string>> {
  return [...html.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>`, 'gi'))].map(([found]) =>
    attributesFrom(found),
  );
}

/** The attributes of the first `<tag …>` in html. */
function attributesOf(html: string, tag: string): Record<string, string> {
  const match = html.match(new RegExp(`<${tag}(\\s[^>]*)?>`, 'i'));
  return match ? attributesFrom(match[0]) : {};
}

function attributesFrom(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const inside = tag.replace(/^<[a-z0-9-]+/i, '').replace(/\/?>$/, '');
  for (const [, name, double, single, bare] of inside.matchAll(
    /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
  )) {
    attributes[name!.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
  }
  return attributes;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
