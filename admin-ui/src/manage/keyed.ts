/** A row of an editable list with a key of its own, so React keeps each row's inputs and focus. */
export interface Keyed<T> {
  key: string;
  value: T;
}

let next = 0;

/** A fresh key for a new row. */
export function rowKey(): string {
  next += 1;
  return `row-${next}`;
}

/** The rows of a list, each with a new key. */
export function keyed<T>(values: readonly T[]): Keyed<T>[] {
  return values.map((value) => ({ key: rowKey(), value }));
}

/** The values of keyed rows, to send. */
export function unkeyed<T>(rows: readonly Keyed<T>[]): T[] {
  return rows.map((row) => row.value);
}
