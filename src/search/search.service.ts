import '../articles/article.events.ts';
import type { EventBus } from '../core/events.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/database.ts';
import { isEmptyQuery, type ParsedQuery, parseQuery } from './query-parser.ts';
import { SearchDocumentView } from './search-document.view.ts';
import type { SearchFilters, SearchIndex, SearchResult } from './search-index.ts';

/** Results per page of a search. */
export const SEARCH_PAGE_SIZE = 20;

/**
 * Keeps the search index in step with what is published (it follows the articles' events) and
 * answers searches. `reindex` rebuilds everything from the articles.
 */
export class SearchService {
  private readonly documents: SearchDocumentView;

  constructor(
    db: Db,
    readonly index: SearchIndex,
    events: EventBus,
    private readonly logger: Logger,
  ) {
    this.documents = new SearchDocumentView(db);
    const refresh = ({ article }: { article: { id: string } }) => this.refresh(article.id);
    events.on('article.published', refresh);
    events.on('article.updated', refresh);
    events.on('article.unpublished', refresh);
    events.on('article.trashed', refresh);
    events.on('article.restored', refresh);
  }

  /** Indexes an article as it is now: published articles are in, every other one is out. */
  async refresh(articleId: string): Promise<void> {
    try {
      const document = await this.documents.document(articleId);
      if (document) await this.index.upsert(document);
      else await this.index.remove(articleId);
    } catch (error) {
      this.logger.error('search index update failed', { articleId, error });
    }
  }

  /** Rebuilds the whole index; returns how many articles it holds. */
  async reindex(progress: (count: number) => void = () => {}): Promise<number> {
    await this.index.clear();
    let after: string | null = null;
    let count = 0;
    for (;;) {
      const ids = await this.documents.publishedIds(after, 200);
      if (ids.length === 0) break;
      for (const document of await this.documents.documents(ids)) await this.index.upsert(document);
      count += ids.length;
      progress(count);
      after = ids.at(-1) ?? null;
    }
    return count;
  }

  /** Searches with what a reader typed; an empty or unusable query finds nothing, never fails. */
  async search(
    text: string,
    filters: SearchFilters,
    page = 1,
    pageSize = SEARCH_PAGE_SIZE,
  ): Promise<SearchResult & { query: ParsedQuery }> {
    const query = parseQuery(text);
    if (isEmptyQuery(query)) return { query, total: 0, hits: [] };
    const result = await this.index.search({
      ...filters,
      query,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { ...result, query };
  }
}
