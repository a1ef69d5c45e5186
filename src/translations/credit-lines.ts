import { languageName } from '../core/locale.ts';
import { dateTimeFormat, listFormat } from '../i18n/dates.ts';
import { translator } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages/en.ts';

/** A piece of a credit line: text, or text linking somewhere. */
export type Segment = string | { text: string; href: string };

/** A name with where it links (null: not linked). */
export interface Named {
  name: string;
  href: string | null;
}

/** An earlier article a credit line names. */
export interface CreditSource {
  /** BCP 47 */
  language: string;
  /** ISO timestamp */
  publishedAt: string;
  /** The edition it appeared in, linking to that article. */
  publication: Named;
}

/** Where an article comes from, with names and links resolved by the caller. */
export type CreditOrigin =
  | { kind: 'original' }
  | {
      kind: 'translation';
      /** The first article of the chain; null when it is no longer published. */
      original: CreditSource | null;
      /** The translations in between, nearest first: a chain es → en → fr has the English. */
      via: { language: string; publication: Named }[];
      translators: Named[];
    }
  /** A copy of a sister article; the translators, when the article copied is a translation. */
  | { kind: 'republication'; original: CreditSource | null; translators?: Named[] }
  | {
      kind: 'outside';
      publication: Named;
      language: string;
      /** 'YYYY-MM-DD' */
      publishedOn: string;
      permission: string;
    };

export interface CreditContext {
  /** The language of the page (the article's). */
  language: string;
  /** The edition's time zone, for the original's date. */
  timeZone: string;
  /** When this article was published; the original's year is shown only when it differs. */
  publishedAt: string;
}

/**
 * The origin and translation credit lines of an article, in the reader's language:
 * "Originally published in Spanish on December 11 in Meridiano Perú." / "Translation: Ana Ruiz."
 * Pure: names, links and dates come in, sentences (as segments) go out.
 */
export function creditLines(origin: CreditOrigin, context: CreditContext): Segment[][] {
  const t = translator(context.language);
  const lines: Segment[][] = [];
  const ownLanguage = baseOf(context.language);
  const sourceLine = (source: { language: string; date: string; publication: Named }) => {
    const sameLanguage = baseOf(source.language) === ownLanguage;
    const key: MessageKey = sameLanguage
      ? 'credit.originallyPublished'
      : 'credit.originallyPublishedIn';
    return fill(
      t(key),
      {
        language: languageName(source.language, context.language),
        date: source.date,
        publication: link(source.publication),
      },
      context.language,
    );
  };

  switch (origin.kind) {
    case 'original':
      return lines;
    case 'translation': {
      if (origin.original) {
        lines.push(
          sourceLine({
            language: origin.original.language,
            date: creditDate(origin.original.publishedAt, context, false),
            publication: origin.original.publication,
          }),
        );
      }
      const nearest = origin.via[0];
      if (nearest) {
        lines.push(
          fill(
            t('credit.via'),
            {
              language: languageName(nearest.language, context.language),
              publication: link(nearest.publication),
            },
            context.language,
          ),
        );
      }
      if (origin.translators.length) {
        lines.push(namesLine(t('credit.translation'), origin.translators, context.language));
      }
      return lines;
    }
    case 'republication':
      if (origin.original) {
        lines.push(
          sourceLine({
            language: origin.original.language,
            date: creditDate(origin.original.publishedAt, context, false),
            publication: origin.original.publication,
          }),
        );
      }
      if (origin.translators?.length) {
        lines.push(namesLine(t('credit.translation'), origin.translators, context.language));
      }
      return lines;
    case 'outside':
      lines.push(
        sourceLine({
          language: origin.language,
          date: creditDate(origin.publishedOn, context, true),
          publication: origin.publication,
        }),
      );
      if (origin.permission) lines.push([origin.permission]);
      return lines;
  }
}

function baseOf(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? tag;
}

function link(named: Named): Segment {
  return named.href ? { text: named.name, href: named.href } : named.name;
}

/** "December 11", or "December 11, 2019" when the year differs from the article's own. */
export function creditDate(value: string, context: CreditContext, dateOnly: boolean): string {
  // A date without time is a calendar day: read it in UTC so no time zone moves it.
  const date = new Date(dateOnly ? `${value.slice(0, 10)}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const timeZone = dateOnly ? 'UTC' : context.timeZone;
  const yearOf = (d: Date, zone: string) =>
    dateTimeFormat('en', { year: 'numeric', timeZone: zone }).format(d);
  const own = new Date(context.publishedAt);
  const showYear =
    Number.isNaN(own.getTime()) || yearOf(date, timeZone) !== yearOf(own, context.timeZone);
  return dateTimeFormat(context.language, {
    day: 'numeric',
    month: 'long',
    ...(showYear ? { year: 'numeric' } : {}),
    timeZone,
  }).format(date);
}

function namesLine(template: string, names: Named[], language: string): Segment[] {
  // Intl joins the names ("A, B and C"); each name keeps its own link.
  const placeholders = names.map((_, index) => `\uE000${index}\uE000`);
  const joined = listFormat(language).format(placeholders);
  const segments: Segment[] = [];
  for (const piece of fill(template, { names: joined }, language)) {
    if (typeof piece !== 'string') {
      segments.push(piece);
      continue;
    }
    for (const part of piece.split(/(\uE000\d+\uE000)/)) {
      const match = /^\uE000(\d+)\uE000$/.exec(part);
      const named = match ? names[Number(match[1])] : undefined;
      if (named) segments.push(link(named));
      else if (part) segments.push(part);
    }
  }
  return mergeText(segments);
}

/** Fills `{name}` placeholders with text or links, keeping the rest of the template as text. */
export function fill(
  template: string,
  values: Record<string, Segment>,
  language: string,
): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = values[match[1] ?? ''];
    if (value === undefined) continue;
    if (match.index > last) segments.push(template.slice(last, match.index));
    segments.push(value);
    last = match.index + match[0].length;
  }
  if (last < template.length) segments.push(template.slice(last));
  return language.startsWith('it') ? elideItalian(mergeText(segments)) : mergeText(segments);
}

function mergeText(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    if (typeof segment === 'string' && typeof previous === 'string')
      merged[merged.length - 1] = previous + segment;
    else if (segment !== '') merged.push(segment);
  }
  return merged;
}

/** Italian elides the article before 8 and 11: "l'11 dicembre", not "il 11 dicembre". */
function elideItalian(segments: Segment[]): Segment[] {
  return segments.map((segment) =>
    typeof segment === 'string' ? segment.replace(/\bil (8|11)\b/g, 'l’$1') : segment,
  );
}

/** The plain text of a line, for feeds and tests. */
export function lineText(line: Segment[]): string {
  return line.map((segment) => (typeof segment === 'string' ? segment : segment.text)).join('');
}
