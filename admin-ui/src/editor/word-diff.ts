import type { DiffPart } from '../api/types.ts';

/*
 * Word-level differences for the merge dialog, computed in the browser (revision diffs come
 * ready from the server, with the same kind of parts).
 */

/** Words, spaces and punctuation as separate tokens, so a diff shows whole words. */
function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}'’-]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu) ?? [];
}

/** Above this many tokens a side, the texts are shown as replaced wholesale. */
const MAX_TOKENS = 2000;

/** The words that stayed, were added and were removed from `before` to `after`. */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    return joined([
      { op: 'removed', text: before },
      { op: 'added', text: after },
    ]);
  }
  // common[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = common[i] as number[];
      row[j] =
        a[i] === b[j]
          ? (common[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(common[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ op: 'same', text: a[i++] as string });
      j++;
    } else if ((common[i + 1]?.[j] ?? 0) >= (common[i]?.[j + 1] ?? 0)) {
      parts.push({ op: 'removed', text: a[i++] as string });
    } else {
      parts.push({ op: 'added', text: b[j++] as string });
    }
  }
  while (i < a.length) parts.push({ op: 'removed', text: a[i++] as string });
  while (j < b.length) parts.push({ op: 'added', text: b[j++] as string });
  return joined(parts);
}

function joined(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out.at(-1);
    if (last && last.op === part.op) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
