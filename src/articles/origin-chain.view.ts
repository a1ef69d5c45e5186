import type { Executor } from '../db/database.ts';
import { preparedQuery } from '../db/prepared.ts';
import { originOf } from './article.repository.ts';
import type { Article } from './article.ts';
import type { OriginCredit, OriginStep } from './article-page.view.ts';

/** How far back a chain of translations and copies is followed. */
const MAX_CHAIN = 10;

/** Where an article's origin leads, resolved: the credit, and the articles passed on the way. */
export interface ResolvedOrigin {
  credit: OriginCredit;
  /** The earlier articles of the chain, nearest first. */
  chain: string[];
}

const articlesById = preparedQuery((db, v: { ids: string[] }) =>
  db.selectFrom('articles').selectAll().where('id', 'in', v.ids),
);

/**
 * Follows each origin back to the first article of the chain (or the outside source), one
 * query per step for all the articles at once; `chain` names the articles passed on the way,
 * nearest first. The steps' translators are filled in by the caller.
 */
export async function resolveOrigins(
  db: Executor,
  articles: Article[],
): Promise<Map<string, ResolvedOrigin>> {
  const resolved = new Map<string, ResolvedOrigin>();
  const walks: {
    article: Article;
    steps: OriginStep[];
    sourceId: string | null;
    outside: OriginCredit | null;
    seen: Set<string>;
  }[] = [];
  for (const article of articles) {
    const origin = article.origin;
    if (origin.type === 'original') {
      resolved.set(article.id, { credit: { kind: 'original' }, chain: [] });
    } else if (origin.type === 'republication' && origin.source.kind === 'outside') {
      const { publication, url, language, publishedOn, permission } = origin.source;
      resolved.set(article.id, {
        credit: { kind: 'outside', publication, url, language, publishedOn, permission },
        chain: [],
      });
    } else {
      walks.push({
        article,
        steps: [],
        sourceId:
          origin.type === 'translation'
            ? origin.sourceArticleId
            : origin.source.kind === 'article'
              ? origin.source.articleId
              : null,
        outside: null,
        seen: new Set([article.id]),
      });
    }
  }
  const walking = (walk: (typeof walks)[number]) =>
    walk.sourceId !== null && walk.steps.length < MAX_CHAIN && !walk.seen.has(walk.sourceId);
  for (let ahead = walks.filter(walking); ahead.length > 0; ahead = ahead.filter(walking)) {
    const wanted = [...new Set(ahead.map((walk) => walk.sourceId ?? ''))];
    const rows = await articlesById(db, { ids: wanted });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const walk of ahead) {
      const row = byId.get(walk.sourceId ?? '');
      walk.seen.add(walk.sourceId ?? '');
      if (!row) {
        walk.sourceId = null;
        continue;
      }
      walk.steps.push({
        articleId: row.id,
        siteId: row.site_id,
        slug: row.slug,
        language: row.language,
        publishedAt: row.published_at ?? row.created_at,
        translators: [],
      });
      const next = originOf(row);
      if (next.type === 'translation') walk.sourceId = next.sourceArticleId;
      else if (next.type === 'republication' && next.source.kind === 'article')
        walk.sourceId = next.source.articleId;
      else {
        if (next.type === 'republication' && next.source.kind === 'outside') {
          const { publication, url, language, publishedOn, permission } = next.source;
          walk.outside = { kind: 'outside', publication, url, language, publishedOn, permission };
        }
        walk.sourceId = null;
      }
    }
  }
  for (const { article, steps, outside } of walks) {
    const chain = steps.map((step) => step.articleId);
    // A copy says where the text it copies appeared; its canonical address is that one.
    if (article.origin.type === 'republication')
      resolved.set(article.id, {
        credit: { kind: 'republication', original: steps[0] ?? null },
        chain,
      });
    else if (outside && steps.length === 0) resolved.set(article.id, { credit: outside, chain });
    else
      resolved.set(article.id, {
        credit: { kind: 'translation', original: steps.at(-1) ?? null, via: steps.slice(0, -1) },
        chain,
      });
  }
  return resolved;
}

/** The earlier articles a resolved origin names (objects the caller may complete). */
export function originSteps(credit: OriginCredit): OriginStep[] {
  if (credit.kind === 'translation')
    return [...credit.via, ...(credit.original ? [credit.original] : [])];
  if (credit.kind === 'republication' && credit.original) return [credit.original];
  return [];
}
