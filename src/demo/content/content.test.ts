import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../articles/blocks.ts';
import { isSlug } from '../../core/slug.ts';
import { demoBlockKind, toBlockInputs } from '../demo-blocks.ts';
import { inDependencyOrder } from '../load-demo.ts';
import { demoSites } from '../sites.ts';
import { demoContent } from './index.ts';
import type { DemoArticle } from './types.ts';

const { articles, contributors, images, series } = demoContent;
const siteOf = (article: DemoArticle) => demoSites.find((site) => site.key === article.site);
const languageOf = (article: DemoArticle) => siteOf(article)?.language.split('-')[0] ?? '';
const byKey = new Map(articles.map((article) => [article.key, article]));

describe('the demo content', () => {
  it('has about forty published articles, a draft, a scheduled and a withdrawn one', () => {
    const published = articles.filter((article) => !article.status);
    expect(published.length).toBeGreaterThanOrEqual(38);
    expect(articles.filter((article) => article.status === 'draft')).toHaveLength(1);
    expect(articles.filter((article) => article.status === 'scheduled')).toHaveLength(1);
    expect(articles.filter((article) => article.status === 'unpublished')).toHaveLength(1);
  });

  it('uses unique keys, and slugs unique per edition', () => {
    for (const list of [articles, contributors, images, series]) {
      const keys = list.map((item) => item.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
    const slugs = articles.map((article) => `${article.site}/${article.slug}`);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const article of articles) expect(isSlug(article.slug), article.slug).toBe(true);
  });

  it('refers only to sections, contributors, images and series that exist', () => {
    const contributorKeys = new Set(contributors.map((c) => c.key));
    const imageKeys = new Set(images.map((i) => i.key));
    const seriesKeys = new Set(series.map((s) => s.key));
    for (const article of articles) {
      const site = siteOf(article);
      expect(
        site?.sections.map((s) => s.slug),
        article.key,
      ).toContain(article.section);
      for (const key of [...article.authors, ...(article.translators ?? [])]) {
        expect(contributorKeys.has(key), `${article.key}: ${key}`).toBe(true);
      }
      const used = [
        article.lead,
        ...article.body.flatMap((b) => (typeof b === 'object' && 'image' in b ? [b.image] : [])),
      ];
      for (const key of used.filter(Boolean))
        expect(imageKeys.has(key ?? ''), `${article.key}: ${key}`).toBe(true);
      if (article.series) expect(seriesKeys.has(article.series.key)).toBe(true);
    }
  });

  it('gives every image a caption and alt text in each language it appears in', () => {
    for (const article of articles) {
      const language = languageOf(article) as 'en';
      const used = [
        article.lead,
        ...article.body.flatMap((b) => (typeof b === 'object' && 'image' in b ? [b.image] : [])),
      ];
      for (const key of used.filter(Boolean)) {
        const image = images.find((i) => i.key === key);
        expect(image?.alt[language], `${key} alt in ${language}`).toBeTruthy();
        expect(image?.caption[language], `${key} caption in ${language}`).toBeTruthy();
      }
    }
  });

  it('has translations that follow their source block for block, in another language', () => {
    const translations = articles.filter((a) => a.origin && 'translationOf' in a.origin);
    expect(translations.length).toBeGreaterThanOrEqual(10);
    for (const translation of translations) {
      const origin = translation.origin as { translationOf: string };
      const source = byKey.get(origin.translationOf);
      expect(source, translation.key).toBeDefined();
      if (!source) continue;
      expect(languageOf(translation)).not.toBe(languageOf(source));
      expect(translation.body.map(demoBlockKind), translation.key).toEqual(
        source.body.map(demoBlockKind),
      );
      expect(translation.translators?.length, translation.key).toBeGreaterThan(0);
    }
  });

  it('includes a chain Spanish → English → French, with a translator at each step', () => {
    const fr = articles.find(
      (a) =>
        a.site === 'fr' &&
        a.origin &&
        'translationOf' in a.origin &&
        languageOf(byKey.get(a.origin.translationOf) as DemoArticle) === 'en',
    );
    const en = fr && byKey.get((fr.origin as { translationOf: string }).translationOf);
    const es =
      en?.origin && 'translationOf' in en.origin ? byKey.get(en.origin.translationOf) : undefined;
    expect(es && languageOf(es)).toBe('es');
    expect(en?.translators?.length).toBeGreaterThan(0);
    expect(fr?.translators?.length).toBeGreaterThan(0);
  });

  it('includes an organisation’s statement, articles with no byline, republications and a series', () => {
    const organisations = new Set(
      contributors.filter((c) => c.kind === 'organisation').map((c) => c.key),
    );
    expect(
      articles.some((a) => a.authors.length > 0 && a.authors.every((k) => organisations.has(k))),
    ).toBe(true);
    expect(articles.some((a) => a.authors.length === 0)).toBe(true);
    expect(articles.some((a) => a.origin && 'outside' in a.origin)).toBe(true);
    expect(articles.some((a) => a.origin && 'republicationOf' in a.origin)).toBe(true);
    expect(articles.filter((a) => a.series).length).toBeGreaterThanOrEqual(3);
  });

  it('has bodies the block model accepts, using every kind of block somewhere', () => {
    const kinds = new Set<string>();
    for (const article of articles) {
      const inputs = toBlockInputs(article.key, article.body, (key) => `media-${key}`);
      const parsed = parseBlocks(inputs);
      expect(parsed.ok, article.key).toBe(true);
      for (const block of article.body) kinds.add(demoBlockKind(block));
    }
    expect([...kinds].sort()).toEqual([
      'divider',
      'h',
      'image',
      'list',
      'paragraph',
      'pullquote',
      'quote',
      'video',
    ]);
  });

  it('orders sources before what is made from them', () => {
    const ordered = inDependencyOrder(articles).map((a) => a.key);
    for (const article of articles) {
      const origin = article.origin;
      const source =
        origin && 'translationOf' in origin
          ? origin.translationOf
          : origin && 'republicationOf' in origin
            ? origin.republicationOf
            : null;
      if (source) expect(ordered.indexOf(source)).toBeLessThan(ordered.indexOf(article.key));
    }
  });
});
