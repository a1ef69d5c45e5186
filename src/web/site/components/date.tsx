/** @jsxImportSource #reader-jsx */
import { formatDate } from '../../../i18n/dates.ts';
import type { Reader } from '../reader.ts';

/** A date in the edition's language, date style and time zone, machine-readable too. */
export function DateText(props: { reader: Reader; iso: string }) {
  const { site } = props.reader;
  return (
    <time datetime={props.iso}>
      {formatDate(props.iso, props.reader.language, site.timezone, site.settings.dateStyle)}
    </time>
  );
}
