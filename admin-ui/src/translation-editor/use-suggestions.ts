import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import { escapeText } from '../editor/inline-html.ts';
import { TEXT_FIELDS, type TextField } from './fields.ts';
import { blockSegments, blocksText, type Row } from './rows.ts';
import type {
  GlossaryCheckAnswer,
  MemoryMatch,
  SourceSnapshot,
  SuggestionsAnswer,
  TermHit,
  TermWarning,
  TranslationFields,
} from './types.ts';

/*
 * What the translation memory and the glossary say about the text: matches and glossary terms
 * for each source segment (asked once, the source does not change under the translator), and
 * the glossary check of the translation as it is typed (asked a moment after the last change).
 */

/** The most segments one request carries (the API's limit). */
const MAX_SEGMENTS = 500;
/** How long after the last change the glossary check runs. */
const CHECK_DELAY_MS = 1200;

/** The key of a field's segment: a colon never starts a block id. */
export const fieldKey = (name: TextField) => `:${name}`;

export interface SegmentSuggestions {
  matches: MemoryMatch[];
  terms: TermHit[];
}

/** Memory matches and glossary terms by segment key (block id, `<id>:<n>`, `:headline`). */
export function useSuggestions(
  source: SourceSnapshot | null,
  languages: { source: string; target: string } | null,
) {
  const [found, setFound] = useState<Map<string, SegmentSuggestions>>(new Map());
  const [failed, setFailed] = useState<string | null>(null);
  const segments = useMemo(() => {
    if (!source) return [];
    const fields = TEXT_FIELDS.filter((name) => source[name].trim()).map((name) => ({
      id: fieldKey(name),
      text: escapeText(source[name]),
    }));
    const blocks = source.body.flatMap(blockSegments).map((s) => ({ id: s.key, text: s.html }));
    return [...fields, ...blocks].slice(0, MAX_SEGMENTS);
  }, [source]);

  const sourceLanguage = languages?.source;
  const targetLanguage = languages?.target;
  useEffect(() => {
    if (!segments.length || !sourceLanguage || !targetLanguage) return;
    let cancelled = false;
    api<SuggestionsAnswer>('POST', '/translation-suggestions', {
      sourceLanguage,
      targetLanguage,
      segments,
    }).then(
      (answer) => {
        if (cancelled) return;
        setFailed(null);
        setFound(
          new Map(answer.segments.map((s) => [s.id, { matches: s.matches, terms: s.terms }])),
        );
      },
      (error: unknown) => !cancelled && setFailed(error instanceof Error ? error.message : ''),
    );
    return () => {
      cancelled = true;
    };
  }, [segments, sourceLanguage, targetLanguage]);

  return { bySegment: found, failed };
}

/** Glossary warnings by row key (or field key), for the translation as it stands. */
export function useGlossaryCheck(
  rows: Row[],
  fields: TranslationFields,
  source: SourceSnapshot | null,
  languages: { source: string; target: string } | null,
): Map<string, TermWarning[]> {
  const [warnings, setWarnings] = useState<Map<string, TermWarning[]>>(new Map());
  const pairs = useMemo(() => {
    if (!source) return [];
    const fieldPairs = TEXT_FIELDS.map((name) => ({
      id: fieldKey(name),
      source: escapeText(source[name]),
      target: escapeText(fields[name]),
    }));
    const rowPairs = rows.flatMap((row) =>
      row.source
        ? [{ id: row.key, source: blocksText([row.source]), target: blocksText(row.blocks) }]
        : [],
    );
    // A text still the source's own (not translated yet) has nothing to check.
    return [...fieldPairs, ...rowPairs]
      .filter((pair) => pair.source.trim() && pair.target.trim() && pair.target !== pair.source)
      .slice(0, MAX_SEGMENTS);
  }, [rows, fields, source]);
  const key = JSON.stringify(pairs);

  const sourceLanguage = languages?.source;
  const targetLanguage = languages?.target;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the pairs' content.
  useEffect(() => {
    if (!pairs.length || !sourceLanguage || !targetLanguage) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      api<GlossaryCheckAnswer>('POST', '/glossary-check', {
        sourceLanguage,
        targetLanguage,
        pairs,
      }).then(
        (answer) => {
          if (!cancelled) setWarnings(new Map(answer.segments.map((s) => [s.id, s.warnings])));
        },
        // The check is advice: when it cannot run, the editor goes on without it.
        () => undefined,
      );
    }, CHECK_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [key, sourceLanguage, targetLanguage]);
  // Only for what is checked now: a row emptied or back to the source's text has no warning.
  return useMemo(() => {
    const checked = new Set(pairs.map((pair) => pair.id));
    return new Map([...warnings].filter(([id]) => checked.has(id)));
  }, [warnings, pairs]);
}
