import {
  type AnyExtension,
  Mark,
  mergeAttributes,
  Node,
  textblockTypeInputRule,
} from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { BlockIds } from './block-ids.ts';
import { isAllowedHref } from './inline-html.ts';

/*
 * The body's schema: exactly the block types and inline marks of the reader site, nothing a
 * block could not hold. This file has no React in it, so tests build the same schema in Node;
 * body-extensions.ts adds the node views (the editing widgets) on top.
 */

/** A string attribute kept in a data-* attribute of the copied HTML. */
function dataAttribute(name: string, fallback: string | null) {
  return {
    default: fallback,
    parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`) ?? fallback,
    renderHTML: (attributes: Record<string, unknown>) => {
      const value = attributes[camel(name)];
      return typeof value === 'string' ? { [`data-${name}`]: value } : {};
    },
  };
}

function camel(name: string): string {
  return name.replace(/-(\w)/g, (_all, letter: string) => letter.toUpperCase());
}

/** A list item holds one paragraph: the reader site's lists are flat lists of lines. */
export const FlatListItem = Node.create({
  name: 'listItem',
  content: 'paragraph',
  defining: true,
  parseHTML() {
    return [{ tag: 'li' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['li', mergeAttributes(HTMLAttributes), 0];
  },
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      'Shift-Tab': () => this.editor.commands.liftListItem(this.name),
    };
  },
});

/** A quotation in the flow of the text, with who said it (`cite`, plain text). */
export const Quote = Node.create({
  name: 'quote',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes() {
    return { cite: dataAttribute('cite', '') };
  },
  parseHTML() {
    return [
      { tag: 'blockquote[data-type="quote"]', priority: 60 },
      // A quotation pasted from elsewhere: its first paragraph's text.
      { tag: 'blockquote', contentElement: (node) => node.querySelector('p') ?? node },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    return ['blockquote', mergeAttributes({ 'data-type': 'quote' }, HTMLAttributes), 0];
  },
  addInputRules() {
    return [textblockTypeInputRule({ find: /^>\s$/, type: this.type })];
  },
  addKeyboardShortcuts() {
    return { 'Mod-Shift-b': () => this.editor.commands.toggleNode(this.name, 'paragraph') };
  },
});

/** A short passage set large beside the text, with its attribution (plain text). */
export const Pullquote = Node.create({
  name: 'pullquote',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes() {
    return { attribution: dataAttribute('attribution', '') };
  },
  parseHTML() {
    return [{ tag: 'aside[data-type="pullquote"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes({ 'data-type': 'pullquote' }, HTMLAttributes), 0];
  },
  addKeyboardShortcuts() {
    return { 'Mod-Shift-9': () => this.editor.commands.toggleNode(this.name, 'paragraph') };
  },
});

/**
 * An image of the media library. Caption, credit and alt text override the library's when set
 * (null: the library's); the caption is inline HTML, the others plain text.
 */
export const ImageBlock = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      mediaId: dataAttribute('media-id', ''),
      caption: dataAttribute('caption', null),
      credit: dataAttribute('credit', null),
      alt: dataAttribute('alt', null),
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-type="image"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes({ 'data-type': 'image' }, HTMLAttributes)];
  },
});

/** A video from YouTube, Vimeo or PeerTube, by its address, with a title and a caption. */
export const VideoBlock = Node.create({
  name: 'video',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      url: dataAttribute('url', ''),
      title: dataAttribute('title', ''),
      caption: dataAttribute('caption', ''),
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-type="video"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes({ 'data-type': 'video' }, HTMLAttributes)];
  },
});

/** Superscript and subscript: the server keeps them, so the editor must not drop them. */
export const Superscript = Mark.create({
  name: 'superscript',
  excludes: 'subscript',
  parseHTML() {
    return [{ tag: 'sup' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes), 0];
  },
});

export const Subscript = Mark.create({
  name: 'subscript',
  excludes: 'superscript',
  parseHTML() {
    return [{ tag: 'sub' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['sub', mergeAttributes(HTMLAttributes), 0];
  },
});

/** The Tiptap extensions of the body, without node views. */
export function bodySchemaExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      blockquote: false,
      codeBlock: false,
      underline: false,
      listItem: false,
      heading: { levels: [2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        // Only what a reader page may link to: the web and e-mail.
        isAllowedUri: (url) => isAllowedHref(url),
        HTMLAttributes: { rel: null, target: null, class: null },
      },
    }),
    FlatListItem,
    Quote,
    Pullquote,
    ImageBlock,
    VideoBlock,
    Superscript,
    Subscript,
    BlockIds,
  ];
}
