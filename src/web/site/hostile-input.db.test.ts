import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { createApp } from '../../app.ts';
import type { Result } from '../../core/result.ts';

/** What people paste into forms, by accident or on purpose. */
const HOSTILE = {
  script: '<script>alert("x")</script>',
  attribute: '"><img src=x onerror=alert(1)>',
  broken: 'It\'s "quoted" & <b>bold <i>unclosed',
  closing: '</textarea></title></style><svg onload=alert(1)>',
  long: 'x'.repeat(10_000),
  emoji: 'Solidaridad ✊🏽 — 🚢⚓ 你好',
  bidi: '\u202Eevil\u202C right-to-left \u200F mark',
} as const;

/** Markup that must never reach a page as markup. */
const FORBIDDEN = [
  '<script>alert',
  '<img src=x',
  '<svg onload',
  '<b>bold',
  '<i>unclosed',
  'onerror=alert(1)>',
];

/** Tries a value; if a field's limit refuses it, checks the refusal names the field and shortens. */
async function accepted<T>(
  value: string,
  create: (value: string) => Promise<Result<T, unknown>>,
  field: string,
): Promise<T> {
  const first = await create(value);
  if (first.ok) return first.value;
  const error = first.error as { type?: string; issues?: { path: string }[] };
  expect(error.type, `${field} refused ${value.slice(0, 20)}… without a field error`).toBe(
    'invalid',
  );
  expect(error.issues?.map((issue) => issue.path).join(' '), field).toContain(field);
  const retry = await create(value.slice(0, 100));
  if (!retry.ok) throw new Error(`${field}: ${JSON.stringify(retry.error)}`);
  return retry.value;
}

describeEachDialect('hostile text in every field', (dialect) => {
  let t: TestContext;
  let app: ReturnType<typeof createApp>;
  const pages: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await createTestContext(dialect);
    app = createApp(t.ctx);
    let n = 0;
    for (const [kind, value] of Object.entries(HOSTILE)) {
      n++;
      const site = await accepted(
        value,
        (v) =>
          t.ctx.sites.createSite({
            slug: `hostile-${n}`,
            name: v,
            tagline: v,
            language: 'en',
            timezone: 'UTC',
            basePath: `/h${n}`,
            socialLinks: [{ network: 'x', url: 'https://x.com/example' }],
          }),
        'name',
      );
      const section = await accepted(
        value,
        (v) =>
          t.ctx.taxonomy.createSection(site.id, 'en', { slug: 'section', name: v, description: v }),
        'name',
      );
      const tag = await accepted(value, (v) => t.ctx.taxonomy.ensureTag(site.id, 'en', v), '');
      const series = await accepted(
        value,
        (v) =>
          t.ctx.taxonomy.createSeries(site.id, 'en', { slug: 'series', title: v, description: v }),
        'title',
      );
      const contributor = await accepted(
        value,
        (v) =>
          t.ctx.contributors.createContributor({
            kind: 'person',
            slug: `person-${n}`,
            name: v,
            links: [{ label: v.slice(0, 80), url: 'https://example.org/' }],
            profiles: { en: { title: v.slice(0, 200), bio: v.slice(0, 5000) } },
          }),
        'name',
      );
      const png = await sharp({
        create: { width: 40, height: 30, channels: 3, background: '#888' },
      })
        .png()
        .toBuffer();
      const media = await accepted(
        value,
        (v) => t.ctx.media.importImage(png, { credit: v, texts: { en: { alt: v, caption: v } } }),
        'credit',
      );
      // Short fields take as much as their limit allows; block text takes all of it.
      const article = await accepted(
        value,
        (v) =>
          t.ctx.articles.createArticle(
            {
              siteId: site.id,
              slug: 'article',
              kicker: v.slice(0, 120),
              headline: v.slice(0, 300),
              dek: v.slice(0, 1000),
              socialTitle: v.slice(0, 300),
              socialDescription: v.slice(0, 1000),
              sectionId: section.id,
              seriesId: series.id,
              seriesPosition: 1,
              tagIds: [tag.id],
              leadMediaId: media.id,
              credits: [{ contributorId: contributor.id, role: 'author' }],
              body: [
                { type: 'paragraph', html: v },
                { type: 'heading', html: v },
                { type: 'quote', html: v, cite: v.slice(0, 2000) },
                { type: 'pullquote', html: v, attribution: v.slice(0, 2000) },
                { type: 'list', items: [v, v] },
                {
                  type: 'image',
                  mediaId: media.id,
                  caption: v,
                  credit: v.slice(0, 2000),
                  alt: v.slice(0, 2000),
                },
                {
                  type: 'video',
                  url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
                  title: v.slice(0, 2000),
                  caption: v,
                },
              ],
            },
            { userId: null },
          ),
        'kicker',
      );
      const published = await t.ctx.articles.publishArticle(article.id, { userId: null });
      expect(published.ok).toBe(true);
      await accepted(
        value,
        (v) =>
          t.ctx.pages.createPage(site.id, 'en', {
            slug: 'about',
            title: v,
            description: v,
            body: [{ type: 'paragraph', html: v }],
          }),
        'title',
      );
      pages[kind] = [
        '/',
        `/h${n}/`,
        `/h${n}/article`,
        `/h${n}/section/section`,
        `/h${n}/tag/${tag.slug}`,
        `/h${n}/series/series`,
        `/h${n}/contributor/person-${n}`,
        `/h${n}/about`,
      ];
    }
    await t.ctx.siteDirectory.reload();
  }, 120_000);
  afterAll(() => t.destroy());

  it.each(Object.keys(HOSTILE))(
    'renders %s text escaped, never as markup, with the page whole',
    async (kind) => {
      for (const path of pages[kind] ?? []) {
        const response = await app.request(path, { headers: { host: 'tribune.test' } });
        expect(response.status, path).toBe(200);
        const html = await response.text();
        for (const forbidden of FORBIDDEN)
          expect(html.includes(forbidden), `${path}: ${forbidden}`).toBe(false);
        expect(html.match(/<main /g)?.length, path).toBe(1);
        expect(
          html.endsWith('</footer></body></html>') || html.endsWith('</main></body></html>'),
          path,
        ).toBe(true);
      }
    },
  );

  it('refuses ten thousand characters where a field is short, naming the field', async () => {
    const site = (await t.ctx.sites.list())[0];
    const result = await t.ctx.articles.createArticle(
      { siteId: site?.id ?? '', headline: HOSTILE.long, kicker: HOSTILE.long },
      { userId: null },
    );
    if (result.ok || result.error.type !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues.map((issue) => issue.path).sort()).toEqual(['headline', 'kicker']);
  });

  it('keeps the text itself: escaped markup, ten thousand characters, emoji and direction marks', async () => {
    const article = async (kind: keyof typeof HOSTILE) => {
      const path = pages[kind]?.[2] ?? '';
      return (await app.request(path, { headers: { host: 'tribune.test' } })).text();
    };
    expect(await article('script')).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(await article('attribute')).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(await article('long')).toContain(HOSTILE.long);
    expect(await article('emoji')).toContain('Solidaridad ✊🏽 — 🚢⚓ 你好');
    expect(await article('bidi')).toContain('\u202Eevil\u202C right-to-left \u200F mark');
    // In block text, broken markup is repaired into allowed markup, never passed through.
    expect(await article('broken')).toContain('<p id="b-');
  });
});
