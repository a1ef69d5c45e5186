import { api, query } from '../api/client.ts';

/*
 * Some list endpoints answer with an array, others with {items, total}; the editor takes
 * either, so it keeps working whichever shape an endpoint settles on.
 */

/** The items of a list answer, whichever shape it has. */
export function itemsOf<T>(answer: unknown): T[] {
  if (Array.isArray(answer)) return answer as T[];
  if (
    answer &&
    typeof answer === 'object' &&
    Array.isArray((answer as { items?: unknown }).items)
  ) {
    return (answer as { items: T[] }).items;
  }
  return [];
}

/** The total of a list answer, when it says; else the number of items. */
export function totalOf(answer: unknown): number {
  if (
    answer &&
    typeof answer === 'object' &&
    typeof (answer as { total?: unknown }).total === 'number'
  ) {
    return (answer as { total: number }).total;
  }
  return itemsOf(answer).length;
}

/** GETs a list endpoint and gives its items. */
export async function getList<T>(
  path: string,
  params: Record<string, string | number | undefined | null> = {},
): Promise<T[]> {
  return itemsOf<T>(await api<unknown>('GET', `${path}${query(params)}`));
}
