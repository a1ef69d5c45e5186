import { z } from 'zod';
import { inlineToText, sanitizeInline, textToInline } from '../core/html.ts';
import { shortId } from '../core/ids.ts';
import { err, ok, type Result } from '../core/result.ts';
import { type FieldIssue, fieldIssues } from '../core/validation.ts';

/*
 * The body of an article is a list of blocks. Every block has an id that stays with it through
 * edits, so a translation can align its blocks with the source's (by `sourceBlockId`) and drift
 * detection can tell which blocks changed. Text fields hold sanitised inline HTML: links,
 * emphasis and line breaks only (see core/html.ts).
 */

export const BLOCK_TYPES = [
  'paragraph',
  'heading',
  'quote',
  'pullquote',
  'list',
  'image',
  'video',
  'divider',
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

interface BlockBase {
  id: string;
  /** In a translation or republication: the id of the source block this one renders. */
  sourceBlockId?: string;
}

export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
  html: string;
}
export interface HeadingBlock extends BlockBase {
  type: 'heading';
  level: 2 | 3;
  html: string;
}
export interface QuoteBlock extends BlockBase {
  type: 'quote';
  html: string;
  /** Who is quoted, plain text; may be empty. */
  cite: string;
}
export interface PullquoteBlock extends BlockBase {
  type: 'pullquote';
  html: string;
  attribution: string;
}
export interface ListBlock extends BlockBase {
  type: 'list';
  style: 'bullet' | 'ordered';
  items: string[];
}
export interface ImageBlock extends BlockBase {
  type: 'image';
  mediaId: string;
  /** Overrides the media's caption in the article's language; null uses the media's. */
  caption: string | null;
  /** Overrides the media's credit; null uses the media's. */
  credit: string | null;
  /** Overrides the media's alt text; null uses the media's. */
  alt: string | null;
}
export interface VideoBlock extends BlockBase {
  type: 'video';
  url: string;
  provider: VideoProvider;
  /** The provider's id of the video, when the provider is known. */
  videoId: string | null;
  title: string;
  caption: string;
}
export interface DividerBlock extends BlockBase {
  type: 'divider';
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | QuoteBlock
  | PullquoteBlock
  | ListBlock
  | ImageBlock
  | VideoBlock
  | DividerBlock;

export type VideoProvider = 'youtube' | 'vimeo' | 'peertube' | 'link';

/** Limits that keep one article from exhausting memory or the page. */
export const BLOCK_LIMITS = { blocks: 2000, text: 50_000, items: 500, url: 2048 } as const;

const BLOCK_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A fresh block id: 10 random lowercase letters and digits. */
export function newBlockId(): string {
  return shortId(10);
}

const text = z.string().max(BLOCK_LIMITS.text);
const plain = z.string().max(2000);
const base = {
  id: z.string().regex(BLOCK_ID, 'issue.blockId').optional(),
  sourceBlockId: z.string().regex(BLOCK_ID, 'issue.blockId').optional(),
};
const httpUrl = z
  .string()
  .max(BLOCK_LIMITS.url)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'issue.url');

/** The accepted input form of a block: ids optional (new blocks get one), text unsanitised. */
const blockInput = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('paragraph'), html: text }),
  z.object({
    ...base,
    type: z.literal('heading'),
    level: z.union([z.literal(2), z.literal(3)]).default(2),
    html: text,
  }),
  z.object({ ...base, type: z.literal('quote'), html: text, cite: plain.default('') }),
  z.object({ ...base, type: z.literal('pullquote'), html: text, attribution: plain.default('') }),
  z.object({
    ...base,
    type: z.literal('list'),
    style: z.enum(['bullet', 'ordered']).default('bullet'),
    items: z.array(text).min(1).max(BLOCK_LIMITS.items),
  }),
  z.object({
    ...base,
    type: z.literal('image'),
    mediaId: z.string().min(1).max(64),
    caption: text.nullable().default(null),
    credit: plain.nullable().default(null),
    alt: plain.nullable().default(null),
  }),
  z.object({
    ...base,
    type: z.literal('video'),
    url: httpUrl,
    title: plain.default(''),
    caption: text.default(''),
  }),
  z.object({ ...base, type: z.literal('divider') }),
]);

export type BlockInput = z.input<typeof blockInput>;

/** A body as an API accepts it (then `parseBlocks` sanitises it and settles the ids). */
export const blocksInputSchema = z.array(blockInput).max(BLOCK_LIMITS.blocks);

/**
 * Validates and normalises a body: known block types only, text sanitised, every block with
 * a unique id (missing or repeated ids — a pasted block — get fresh ones), empty text blocks
 * dropped. Returns the issues by path when the input is not a body.
 */
export function parseBlocks(input: unknown, path = 'body'): Result<Block[], FieldIssue[]> {
  const parsed = blocksInputSchema.safeParse(input);
  if (!parsed.success) {
    // Paths of the body's issues start with the body's own name.
    return err(
      fieldIssues(parsed.error).map((found) => ({
        ...found,
        path: [path, found.path].filter(Boolean).join('.'),
      })),
    );
  }
  const blocks: Block[] = [];
  for (const raw of parsed.data) {
    const block = normaliseBlock(raw);
    if (block) blocks.push(block);
  }
  return ok(withUniqueIds(blocks));
}

function normaliseBlock(raw: z.output<typeof blockInput>): Block | null {
  const id = raw.id ?? '';
  const common = raw.sourceBlockId ? { id, sourceBlockId: raw.sourceBlockId } : { id };
  switch (raw.type) {
    case 'paragraph': {
      const html = sanitizeInline(raw.html);
      return html ? { ...common, type: 'paragraph', html } : null;
    }
    case 'heading': {
      const html = sanitizeInline(raw.html);
      return html ? { ...common, type: 'heading', level: raw.level, html } : null;
    }
    case 'quote': {
      const html = sanitizeInline(raw.html);
      return html ? { ...common, type: 'quote', html, cite: raw.cite.trim() } : null;
    }
    case 'pullquote': {
      const html = sanitizeInline(raw.html);
      return html
        ? { ...common, type: 'pullquote', html, attribution: raw.attribution.trim() }
        : null;
    }
    case 'list': {
      const items = raw.items.map(sanitizeInline).filter((item) => item.length > 0);
      return items.length ? { ...common, type: 'list', style: raw.style, items } : null;
    }
    case 'image':
      return {
        ...common,
        type: 'image',
        mediaId: raw.mediaId,
        caption: raw.caption === null ? null : sanitizeInline(raw.caption),
        credit: raw.credit === null ? null : raw.credit.trim(),
        alt: raw.alt === null ? null : raw.alt.trim(),
      };
    case 'video': {
      const video = parseVideoUrl(raw.url);
      return {
        ...common,
        type: 'video',
        url: raw.url,
        provider: video.provider,
        videoId: video.videoId,
        title: raw.title.trim(),
        caption: sanitizeInline(raw.caption),
      };
    }
    case 'divider':
      return { ...common, type: 'divider' };
  }
}

/** Keeps the first block with each id; gives the others (and blocks without one) fresh ids. */
export function withUniqueIds<T extends { id: string }>(blocks: T[]): T[] {
  const seen = new Set<string>();
  return blocks.map((block) => {
    let id = block.id;
    while (!id || seen.has(id)) id = newBlockId();
    seen.add(id);
    return id === block.id ? block : { ...block, id };
  });
}

/**
 * Recognises the video providers a reader page can embed. A link to anything else stays a
 * link ('link') and is shown as one, never embedded.
 */
export function parseVideoUrl(url: string): { provider: VideoProvider; videoId: string | null } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { provider: 'link', videoId: null };
  }
  const host = parsed.hostname.replace(/^www\.|^m\./, '');
  const youtubeId = /^[A-Za-z0-9_-]{11}$/;
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const id =
      parsed.searchParams.get('v') ??
      /^\/(?:embed|shorts|live)\/([^/]+)/.exec(parsed.pathname)?.[1];
    if (id && youtubeId.test(id)) return { provider: 'youtube', videoId: id };
  }
  if (host === 'youtu.be') {
    const id = parsed.pathname.slice(1);
    if (youtubeId.test(id)) return { provider: 'youtube', videoId: id };
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = /\/(\d{4,12})(?:\/|$)/.exec(parsed.pathname)?.[1];
    if (id) return { provider: 'vimeo', videoId: id };
  }
  const peertube = /^\/(?:w|videos\/watch)\/([A-Za-z0-9-]{6,64})$/.exec(parsed.pathname)?.[1];
  if (peertube) return { provider: 'peertube', videoId: peertube };
  return { provider: 'link', videoId: null };
}

/** The readable text of a block, for search, word counts and translation memory. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineToText(block.html);
    case 'quote':
      return [inlineToText(block.html), block.cite].filter(Boolean).join(' — ');
    case 'pullquote':
      return [inlineToText(block.html), block.attribution].filter(Boolean).join(' — ');
    case 'list':
      return block.items.map(inlineToText).join('\n');
    case 'image':
      return [block.caption ? inlineToText(block.caption) : '', block.alt ?? '']
        .filter(Boolean)
        .join(' ');
    case 'video':
      return [block.title, inlineToText(block.caption)].filter(Boolean).join(' ');
    case 'divider':
      return '';
  }
}

/** The number of words a reader reads in the body. */
export function wordCount(blocks: Block[]): number {
  let count = 0;
  for (const block of blocks) count += blockText(block).split(/\s+/).filter(Boolean).length;
  return count;
}

/** Every media id the body refers to, in order, without repeats. */
export function mediaIdsOf(blocks: Block[]): string[] {
  return [...new Set(blocks.flatMap((block) => (block.type === 'image' ? [block.mediaId] : [])))];
}

/** A paragraph block from plain text, for importers and tests. */
export function paragraph(textContent: string, id: string = newBlockId()): ParagraphBlock {
  return { id, type: 'paragraph', html: textToInline(textContent) };
}
