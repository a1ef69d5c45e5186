/*
 * Intl formatters are costly to build (tens of microseconds each) and cheap to use, so each
 * one is built once per language and options, then reused.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const writtenDates = new Map<string, string>();

/** A cached Intl.DateTimeFormat. */
export function dateTimeFormat(
  language: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A date written in `language`'s style, in the edition's time zone, e.g. "11 de diciembre de 2024". */
export function formatDate(
  iso: string,
  language: string,
  timeZone: string,
  dateStyle: 'full' | 'long' | 'medium' = 'long',
): string {
  // Reader pages write the same few hundred dates over and over, and formatting one costs
  // microseconds: the answers are kept (a bounded number; it starts again when full).
  const key = `${iso}|${language}|${timeZone}|${dateStyle}`;
  let written = writtenDates.get(key);
  if (written === undefined) {
    const date = new Date(iso);
    written = Number.isNaN(date.getTime())
      ? ''
      : dateTimeFormat(language, { dateStyle, timeZone }).format(date);
    if (writtenDates.size >= 10_000) writtenDates.clear();
    writtenDates.set(key, written);
  }
  return written;
}

/** A cached conjunction list format: "A, B and C" / "A, B y C". */
export function listFormat(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format;
}

/** Names joined as the language joins lists. */
export function formatList(items: string[], language: string): string {
  return listFormat(language).format(items);
}
