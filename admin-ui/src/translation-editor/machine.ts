import type { Block } from '../api/types.ts';
import { escapeText, inlineToText } from '../editor/inline-html.ts';
import { copyOfSource, flattenRows, type Row, rowDone } from './rows.ts';
import type { MachineDraft, SourceSnapshot, TranslationFields } from './types.ts';

/*
 * Machine translation in the editor: the texts of a source block sent to the service, and its
 * answers put in place. Everything a machine wrote is marked machine-drafted on the task until
 * a person has reviewed it (publishing waits for that).
 */

/** The texts of a source block to translate, by part: its text, list items, caption, alt. */
export function machineSegments(source: Block): { id: string; text: string }[] {
  switch (source.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'pullquote':
      return source.html?.trim() ? [{ id: 'html', text: source.html }] : [];
    case 'list':
      return (source.items ?? []).map((text, index) => ({ id: `item-${index}`, text }));
    case 'image':
      return [
        ...(source.caption?.trim() ? [{ id: 'caption', text: source.caption }] : []),
        ...(source.alt?.trim() ? [{ id: 'alt', text: escapeText(source.alt) }] : []),
      ];
    case 'video':
      return [
        ...(source.title?.trim() ? [{ id: 'title', text: escapeText(source.title) }] : []),
        ...(source.caption?.trim() ? [{ id: 'caption', text: source.caption }] : []),
      ];
    default:
      return [];
  }
}

/** The source block with the machine's translations of its parts, as block `id` of the row. */
export function machineBlock(source: Block, translated: Map<string, string>, id: string): Block {
  const block = copyOfSource(source, id);
  const part = (name: string) => translated.get(name);
  const html = part('html');
  if (html !== undefined) block.html = html;
  if (block.type === 'list') {
    block.items = (block.items ?? []).map((item, index) => part(`item-${index}`) ?? item);
  }
  const caption = part('caption');
  if (caption !== undefined) block.caption = caption;
  const alt = part('alt');
  if (alt !== undefined) block.alt = inlineToText(alt).trim();
  const title = part('title');
  if (title !== undefined) block.title = inlineToText(title).trim();
  return block;
}

/**
 * A whole-article machine draft used for the rows not marked done (a dropped row stays
 * dropped): each such row becomes the draft's block for its source block, keeping the row's
 * first block id. Kicker, headline and dek are taken where they are still the source's text.
 */
export function applyDraft(
  rows: Row[],
  draft: MachineDraft,
  doneBlocks: string[],
  fields: TranslationFields,
  source: SourceSnapshot,
): { fields: TranslationFields; drafted: string[] } {
  const bySource = new Map(
    draft.body.flatMap((block) => (block.sourceBlockId ? [[block.sourceBlockId, block]] : [])),
  );
  const drafted: string[] = [];
  const next = rows.map((row) => {
    const first = row.blocks[0];
    const machine = row.source ? bySource.get(row.source.id) : undefined;
    if (!row.source || !first || !machine || rowDone(row, doneBlocks)) return row;
    if (!machineSegments(row.source).length) return row;
    drafted.push(first.id);
    return { ...row, blocks: [{ ...machine, id: first.id, sourceBlockId: row.source.id }] };
  });
  const untranslated = (name: 'kicker' | 'headline' | 'dek') =>
    fields[name].trim() === source[name].trim() && draft[name].trim() ? draft[name] : fields[name];
  return {
    fields: {
      ...fields,
      kicker: untranslated('kicker'),
      headline: untranslated('headline'),
      dek: untranslated('dek'),
      body: flattenRows(next),
    },
    drafted,
  };
}
