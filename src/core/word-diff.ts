/** A run of text that is in both versions, only in the new one, or only in the old one. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** Words, spaces and punctuation as separate tokens, so a diff shows whole words. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}'’-]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu) ?? [];
}

/** Above this many tokens on each side, a diff shows the texts as replaced wholesale. */
const MAX_TOKENS = 3000;

/**
 * The word-level difference between two texts (longest common subsequence of tokens), with
 * neighbouring parts of the same kind merged.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    return merge([
      { op: 'removed', text: before },
      { op: 'added', text: after },
    ]);
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lengths[i] as number[];
    const next = lengths[i + 1] as number[];
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] =
        a[i] === b[j]
          ? (next[j + 1] as number) + 1
          : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ op: 'same', text: a[i] as string });
      i++;
      j++;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) {
      parts.push({ op: 'removed', text: a[i] as string });
      i++;
    } else {
      parts.push({ op: 'added', text: b[j] as string });
      j++;
    }
  }
  while (i < a.length) parts.push({ op: 'removed', text: a[i++] as string });
  while (j < b.length) parts.push({ op: 'added', text: b[j++] as string });
  return merge(parts);
}

function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = merged.at(-1);
    if (last && last.op === part.op) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
