/*
 * The schedule field is an <input type="datetime-local">: a wall-clock time without a zone, in
 * the newsroom user's own zone. The API wants an instant with its offset ("…T14:00:00-05:00").
 */

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The value for a datetime-local input showing `date` in local time ("2026-12-01T14:00"). */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as ISO 8601 with the local offset, or null when it is not a time. */
export function fromLocalInput(value: string): string | null {
  const found = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!found) return null;
  const [y, mo, d, h, mi, s] = found.slice(1).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(y as number, (mo as number) - 1, d, h, mi, s);
  if (Number.isNaN(date.getTime())) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${toLocalInput(date)}:${pad(date.getSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The local time zone's name, to say which clock the schedule field speaks of. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
