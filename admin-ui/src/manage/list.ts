/** A page of a list as the Admin API answers it: a bare array, or `{ items, total }`. */
export type ListAnswer<T> = T[] | { items: T[]; total?: number };

/** The items of a list answer and how many there are in all (the array's length if untold). */
export function itemsOf<T>(answer: ListAnswer<T> | null | undefined): {
  items: T[];
  total: number;
} {
  if (!answer) return { items: [], total: 0 };
  if (Array.isArray(answer)) return { items: answer, total: answer.length };
  const items = Array.isArray(answer.items) ? answer.items : [];
  return { items, total: typeof answer.total === 'number' ? answer.total : items.length };
}

/** Whether a paged list answer may have more pages after this one. */
export function hasMore<T>(answer: ListAnswer<T>, loaded: number, pageSize: number): boolean {
  if (Array.isArray(answer)) return answer.length >= pageSize;
  if (typeof answer.total === 'number') return loaded < answer.total;
  return answer.items.length >= pageSize;
}

/** The array with the item at `from` moved by `delta` places (clamped to the ends). */
export function moved<T>(array: readonly T[], from: number, delta: number): T[] {
  const to = Math.max(0, Math.min(array.length - 1, from + delta));
  const next = [...array];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** The array without the item at `index`. */
export function without<T>(array: readonly T[], index: number): T[] {
  return array.filter((_item, position) => position !== index);
}
