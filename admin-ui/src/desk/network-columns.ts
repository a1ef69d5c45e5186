import type { NetworkEdition, StoryCoverage } from './desk-types.ts';

/** One column of the network view: an edition in one language. */
export interface CoverageColumn {
  siteId: string;
  language: string;
  name: string;
  /** A language the edition writes in besides its own (a Turkish section of a German paper). */
  extra: boolean;
}

const keyOf = (siteId: string, language: string) => `${siteId} ${language}`;

/**
 * The network view's columns: every edition in its own language, in directory order, then any
 * other edition and language a story reached, in the order first met.
 */
export function coverageColumns(
  editions: NetworkEdition[],
  stories: StoryCoverage[],
): CoverageColumn[] {
  const columns: CoverageColumn[] = editions.map((edition) => ({
    siteId: edition.id,
    language: edition.language,
    name: edition.name,
    extra: false,
  }));
  const seen = new Set(columns.map((column) => keyOf(column.siteId, column.language)));
  for (const story of stories) {
    for (const state of story.editions) {
      const key = keyOf(state.siteId, state.language);
      if (seen.has(key)) continue;
      seen.add(key);
      const edition = editions.find((candidate) => candidate.id === state.siteId);
      columns.push({
        siteId: state.siteId,
        language: state.language,
        name: edition?.name ?? state.siteId,
        extra: true,
      });
    }
  }
  return columns;
}

/** A story's state in one column ('none' when the view says nothing of it). */
export function stateIn(story: StoryCoverage, column: CoverageColumn) {
  return (
    story.editions.find(
      (state) => state.siteId === column.siteId && state.language === column.language,
    ) ?? {
      siteId: column.siteId,
      language: column.language,
      state: 'none' as const,
      articleId: null,
      taskId: null,
    }
  );
}
