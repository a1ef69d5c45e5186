import type { Block, Contributor, Credit } from '../api/types.ts';
import type { Key } from '../i18n/en.ts';
import type { T } from '../i18n/i18n.tsx';
import { inlineToText } from './inline-html.ts';
import type { EditionLists } from './use-edition-lists.ts';

/*
 * Field values in words, for the revision diffs and the merge dialog: names instead of ids,
 * "none" instead of null.
 */

const LABELS: Record<string, Key> = {
  kicker: 'editor.field.kicker',
  headline: 'editor.field.headline',
  dek: 'editor.field.dek',
  slug: 'editor.field.slug',
  body: 'editor.field.body',
  leadMediaId: 'editor.field.leadImage',
  sectionId: 'editor.field.section',
  seriesId: 'editor.field.series',
  seriesPosition: 'editor.field.seriesPosition',
  tagIds: 'editor.field.tags',
  credits: 'editor.field.byline',
  origin: 'editor.field.origin',
  socialTitle: 'editor.field.socialTitle',
  socialDescription: 'editor.field.socialDescription',
};

/** The label of a field, as the editor shows it. */
export function fieldLabel(t: T, field: string): string {
  const key = LABELS[field];
  return key ? t(key) : field;
}

/** The name of a block type. */
export function blockTypeLabel(t: T, block: Block): string {
  if (block.type === 'heading') {
    return block.level === 3 ? t('editor.tool.subheading') : t('editor.tool.heading');
  }
  if (block.type === 'list') {
    return block.style === 'ordered' ? t('editor.tool.orderedList') : t('editor.tool.bulletList');
  }
  const keys: Record<string, Key> = {
    paragraph: 'editor.tool.paragraph',
    quote: 'editor.tool.quote',
    pullquote: 'editor.tool.pullquote',
    image: 'editor.tool.image',
    video: 'editor.tool.video',
    divider: 'editor.tool.divider',
  };
  return t(keys[block.type] ?? 'editor.tool.paragraph');
}

/** What a reader reads of a block (its text, its caption), for comparisons. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineToText(block.html ?? '');
    case 'quote':
      return [inlineToText(block.html ?? ''), block.cite].filter(Boolean).join(' — ');
    case 'pullquote':
      return [inlineToText(block.html ?? ''), block.attribution].filter(Boolean).join(' — ');
    case 'list':
      return (block.items ?? []).map((item) => `• ${inlineToText(item)}`).join('\n');
    case 'image':
      return [inlineToText(block.caption ?? ''), block.credit, block.alt]
        .filter(Boolean)
        .join(' · ');
    case 'video':
      return [block.title, block.url, inlineToText(block.caption ?? '')]
        .filter(Boolean)
        .join(' · ');
    default:
      return '';
  }
}

/** Describes values by field, with the names the editor knows. */
export function valueDescriber(
  t: T,
  lists: EditionLists,
  contributors: ReadonlyMap<string, Contributor>,
): (field: string, value: unknown) => string {
  const none = t('editor.value.none');
  return (field, value) => {
    if (value === null || value === undefined || value === '') return none;
    switch (field) {
      case 'sectionId':
        return (
          lists.sections.items.find((item) => item.id === value)?.name ?? t('editor.value.unknown')
        );
      case 'seriesId':
        return (
          lists.series.items.find((item) => item.id === value)?.title ?? t('editor.value.unknown')
        );
      case 'tagIds': {
        const ids = value as string[];
        if (!ids.length) return none;
        return ids
          .map(
            (id) =>
              lists.tags.items.find((tag) => tag.id === id)?.name ?? t('editor.value.unknown'),
          )
          .join(', ');
      }
      case 'credits': {
        const credits = value as Credit[];
        if (!credits.length) return t('editor.byline.none');
        return credits
          .map(
            (credit) =>
              `${contributors.get(credit.contributorId)?.name ?? t('editor.byline.unknown')} (${t(
                `editor.byline.role.${credit.role}`,
              )})`,
          )
          .join(', ');
      }
      case 'leadMediaId':
        return t('editor.value.image');
      case 'origin':
        return String((value as { type?: string }).type ?? '');
      default:
        return typeof value === 'string' || typeof value === 'number'
          ? String(value)
          : JSON.stringify(value);
    }
  };
}
