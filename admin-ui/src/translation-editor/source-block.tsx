import type { JSONContent } from '@tiptap/core';
import type { ReactNode } from 'react';
import type { Block } from '../api/types.ts';
import { inlineToText, parseInline } from '../editor/inline-html.ts';
import { thumbnailUrl } from '../editor/media-url.ts';
import { useT } from '../i18n/i18n.tsx';

/*
 * The source's blocks as the translator reads them: text with its emphasis and links, lists,
 * image and video texts. Built from the inline HTML's parsed form (never inserted as HTML), so
 * nothing in a source can run in the newsroom.
 */

const TAGS: Record<string, 'strong' | 'em' | 's' | 'code' | 'sup' | 'sub'> = {
  bold: 'strong',
  italic: 'em',
  strike: 's',
  code: 'code',
  superscript: 'sup',
  subscript: 'sub',
};

function renderNode(node: JSONContent, key: number): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />;
  let content: ReactNode = node.text ?? '';
  for (const mark of [...(node.marks ?? [])].reverse()) {
    const Tag = TAGS[mark.type];
    if (Tag) content = <Tag>{content}</Tag>;
    else if (mark.type === 'link') {
      content = (
        <a href={String(mark.attrs?.href ?? '')} target="_blank" rel="noreferrer">
          {content}
        </a>
      );
    }
  }
  return <span key={key}>{content}</span>;
}

/** Inline HTML of a block shown as text with its marks. */
export function InlineText(props: { html: string }) {
  return <>{parseInline(props.html).map(renderNode)}</>;
}

/** One source block, read-only. */
export function SourceBlock(props: { block: Block }) {
  const t = useT();
  const { block } = props;
  switch (block.type) {
    case 'heading':
      return (
        <p className={`source-block source-block--h${block.level === 3 ? 3 : 2}`}>
          <InlineText html={block.html ?? ''} />
        </p>
      );
    case 'quote':
    case 'pullquote': {
      const who = block.type === 'quote' ? block.cite : block.attribution;
      return (
        <blockquote className={`source-block source-block--${block.type}`}>
          <p>
            <InlineText html={block.html ?? ''} />
          </p>
          {who ? <p className="hint">— {who}</p> : null}
        </blockquote>
      );
    }
    case 'list': {
      const Tag = block.style === 'ordered' ? 'ol' : 'ul';
      return (
        <Tag className="source-block">
          {(block.items ?? []).map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items have no ids; their order is fixed.
            <li key={index}>
              <InlineText html={item} />
            </li>
          ))}
        </Tag>
      );
    }
    case 'image':
      return (
        <div className="source-block source-block--image">
          {block.mediaId ? <img src={thumbnailUrl(block.mediaId)} alt="" width={160} /> : null}
          <dl className="source-block--fields">
            <dt>{t('editor.block.caption')}</dt>
            <dd>
              {block.caption ? <InlineText html={block.caption} /> : t('te.source.fromLibrary')}
            </dd>
            <dt>{t('editor.block.alt')}</dt>
            <dd>{block.alt ?? t('te.source.fromLibrary')}</dd>
          </dl>
        </div>
      );
    case 'video':
      return (
        <dl className="source-block source-block--fields">
          <dt>{t('editor.video.title')}</dt>
          <dd>{block.title || t('editor.value.none')}</dd>
          <dt>{t('editor.block.caption')}</dt>
          <dd>{block.caption ? inlineToText(block.caption) : t('editor.value.none')}</dd>
        </dl>
      );
    case 'divider':
      return <hr className="source-block" />;
    default:
      return (
        <p className="source-block">
          <InlineText html={block.html ?? ''} />
        </p>
      );
  }
}
