import '../../articles/article.events.ts';
import '../translation.events.ts';
import type { ArticleService } from '../../articles/article.service.ts';
import type { Article } from '../../articles/article.ts';
import { type Clock, toTimestamp } from '../../core/clock.ts';
import type { EventBus } from '../../core/events.ts';
import { newId } from '../../core/ids.ts';
import type { Logger } from '../../core/logger.ts';
import type { Db } from '../../db/database.ts';
import { languagePairKey, regionalFit } from '../language-pair.ts';
import { type ArticleTexts, alignSegments } from './alignment.ts';
import {
  type NewSegment,
  type StoredSegment,
  TranslationMemoryRepository,
} from './memory.repository.ts';
import { lookupTerms, segmentTerms, termsToCount } from './memory-terms.ts';
import { exactHash, exactKey, matchTokens, segmentPlainText } from './segment-text.ts';
import { compareMatches, DEFAULT_THRESHOLD, similarity, wordRangeFor } from './similarity.ts';

/** A segment of the memory that resembles one being translated. */
export interface MemoryMatch {
  id: string;
  /** 'exact': the same words in the same order (score 100); 'fuzzy': similar enough. */
  kind: 'exact' | 'fuzzy';
  /** 0–100 */
  score: number;
  sourceLanguage: string;
  targetLanguage: string;
  sourceText: string;
  sourceHtml: string;
  /** The translation that was published for that source, plain and as inline HTML. */
  targetText: string;
  targetHtml: string;
  /** Where it was found: the published translation, its edition and date, and its block. */
  translation: {
    articleId: string;
    headline: string;
    siteId: string;
    siteName: string;
    publishedAt: string | null;
    blockId: string;
  };
  sourceArticleId: string;
  sourceBlockId: string;
  updatedAt: string;
}

export interface MatchOptions {
  /** The lowest fuzzy score offered, 1–100 (default 70). */
  threshold?: number;
  /** Matches per segment, best first (default 5). */
  limit?: number;
}

/** How many candidates each segment scores at most, the most promising first. */
const CANDIDATES = 200;

/**
 * The translation memory: every published translation leaves its segment pairs here (it
 * follows the translations' and articles' events), and a translator gets the pairs that
 * resemble what they are translating.
 */
export class TranslationMemoryService {
  readonly repository: TranslationMemoryRepository;

  constructor(
    db: Db,
    private readonly articles: ArticleService,
    events: EventBus,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    this.repository = new TranslationMemoryRepository(db);
    // The desk says when a translation goes live; a translation can also be published (or
    // republished, or edited once live) outside the desk, through the articles themselves.
    events.on('translation.published', ({ targetArticle }) => this.refresh(targetArticle));
    events.on('article.published', ({ article }) => this.refresh(article));
    events.on('article.updated', ({ article }) => this.refresh(article));
  }

  private async refresh(article: Article): Promise<void> {
    if (article.status !== 'published') return;
    try {
      await this.recordTranslation(article.id);
    } catch (error) {
      this.logger.error('translation memory update failed', { articleId: article.id, error });
    }
  }

  /**
   * Takes the segment pairs of a published translation as it is now (replacing what it left
   * before), aligned with its source at the revision it was translated from. An article that
   * is not a published translation leaves nothing. Returns how many pairs were stored.
   */
  async recordTranslation(articleId: string): Promise<number> {
    const target = await this.articles.repository.findById(articleId);
    if (target?.status !== 'published' || target.deletedAt) return 0;
    if (target.origin.type !== 'translation') {
      // It may have stopped being a translation since it was recorded.
      await this.repository.replaceTranslation(target.id, [], toTimestamp(this.clock.now()));
      return 0;
    }
    const source = await this.articles.repository.findById(target.origin.sourceArticleId);
    if (!source) return 0;
    const sourceTexts = await this.textsAtRevision(source, target.origin.sourceRevision);
    const pairs = alignSegments(sourceTexts, target);
    const languagePair = languagePairKey(source.language, target.language);
    const segments: NewSegment[] = pairs.map((pair) => ({
      row: {
        id: newId(),
        language_pair: languagePair,
        source_language: source.language,
        target_language: target.language,
        source_text: segmentPlainText(pair.sourceHtml),
        source_html: pair.sourceHtml,
        target_text: segmentPlainText(pair.targetHtml),
        target_html: pair.targetHtml,
        source_hash: exactHash(pair.sourceHtml),
        source_words: matchTokens(pair.sourceHtml).length,
        source_article_id: source.id,
        source_block_id: pair.sourceKey,
        target_article_id: target.id,
        target_block_id: pair.targetKey,
        site_id: target.siteId,
        created_by: target.createdBy,
      },
      terms: segmentTerms(pair.sourceHtml, source.language),
    }));
    await this.repository.replaceTranslation(target.id, segments, toTimestamp(this.clock.now()));
    return segments.length;
  }

  /** The source's texts as the translator saw them: at the pinned revision, else as they are. */
  private async textsAtRevision(source: Article, revision: number): Promise<ArticleTexts> {
    if (revision === source.revision) return source;
    const pinned = (await this.articles.repository.revisions(source.id)).find(
      (found) => found.number === revision,
    );
    return pinned?.snapshot ?? source;
  }

  /**
   * For each segment (inline HTML or plain text) in `sourceLanguage`, the memory's pairs into
   * `targetLanguage` that match it exactly or closely enough, best first, by segment id.
   */
  async matches(
    sourceLanguage: string,
    targetLanguage: string,
    segments: { id: string; text: string }[],
    options: MatchOptions = {},
  ): Promise<Map<string, MemoryMatch[]>> {
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const limit = options.limit ?? 5;
    const languagePair = languagePairKey(sourceLanguage, targetLanguage);
    const requested = { source: sourceLanguage, target: targetLanguage };
    const exact = await this.repository.exact(
      languagePair,
      segments
        .filter((segment) => matchTokens(segment.text).length > 0)
        .map((s) => exactHash(s.text)),
    );
    const result = new Map<string, MemoryMatch[]>();
    for (const segment of segments) {
      const tokens = matchTokens(segment.text);
      if (tokens.length === 0) {
        result.set(segment.id, []);
        continue;
      }
      const key = tokens.join(' ');
      const counted = termsToCount(segmentTerms(segment.text, sourceLanguage));
      const terms = lookupTerms(await this.repository.termFrequencies(languagePair, counted));
      const candidates = await this.repository.candidates(
        languagePair,
        terms,
        wordRangeFor(tokens.length, threshold),
        CANDIDATES,
      );
      const scored = new Map<string, MemoryMatch & { fit: number }>();
      for (const stored of [
        ...exact.filter((s) => exactKey(s.source_html) === key),
        ...candidates,
      ]) {
        if (scored.has(stored.id)) continue;
        const score = similarity(tokens, matchTokens(stored.source_html));
        if (score < threshold) continue;
        scored.set(stored.id, {
          ...matchOf(stored, score),
          fit: regionalFit(requested, {
            source: stored.source_language,
            target: stored.target_language,
          }),
        });
      }
      result.set(
        segment.id,
        distinctTranslations([...scored.values()].sort(compareMatches), limit),
      );
    }
    return result;
  }
}

/** The best-ranked match of each distinct translation: a slogan published ten times is one. */
function distinctTranslations(
  ranked: (MemoryMatch & { fit: number })[],
  limit: number,
): MemoryMatch[] {
  const seen = new Set<string>();
  const kept: MemoryMatch[] = [];
  for (const { fit: _fit, ...match } of ranked) {
    const key = `${exactKey(match.sourceHtml)}\u0000${exactKey(match.targetHtml)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(match);
    if (kept.length === limit) break;
  }
  return kept;
}

function matchOf(stored: StoredSegment, score: number): MemoryMatch {
  return {
    id: stored.id,
    kind: score === 100 ? 'exact' : 'fuzzy',
    score,
    sourceLanguage: stored.source_language,
    targetLanguage: stored.target_language,
    sourceText: stored.source_text,
    sourceHtml: stored.source_html,
    targetText: stored.target_text,
    targetHtml: stored.target_html,
    translation: {
      articleId: stored.target_article_id,
      headline: stored.headline,
      siteId: stored.site_id,
      siteName: stored.site_name,
      publishedAt: stored.published_at,
      blockId: stored.target_block_id,
    },
    sourceArticleId: stored.source_article_id,
    sourceBlockId: stored.source_block_id,
    updatedAt: stored.updated_at,
  };
}
