/*
 * Intl formatters are costly to build (tens of microseconds each) and cheap to use, so each
 * one is built once per language and options, then reused.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const dateStyleFormats = new Map<string, Intl.DateTimeFormat>();

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
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  // Looked up without building the options' JSON key: reader pages write many dates.
  const key = `${language}|${timeZone}|${dateStyle}`;
  let format = dateStyleFormats.get(key);
  if (!format) {
    format = dateTimeFormat(language, { dateStyle, timeZone });
    dateStyleFormats.set(key, format);
  }
  return format.format(date);
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
