import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { Media } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { loadMedia, rememberMedia, useBodyContext } from './body-context.ts';
import { inlineToText, textToInline } from './inline-html.ts';
import { mediaTexts, thumbnailUrl } from './media-url.ts';
import { videoProvider } from './video-url.ts';

/*
 * The editing widgets of blocks that are more than text: the attribution of quotes, and the
 * images and videos with their captions. Their inputs change the node's attributes, so undo,
 * autosave and the block ids work for them as for text.
 */

/**
 * A text input bound to a node attribute. It keeps its own value while the user types (the
 * caret never jumps) and follows the attribute when it changes from elsewhere (undo, merge).
 */
function AttributeInput(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'url';
  placeholder?: string;
  hint?: string;
  readOnly: boolean;
  lang?: string;
}) {
  const id = useId();
  const [text, setText] = useState(props.value);
  const last = useRef(props.value);
  useEffect(() => {
    if (props.value !== last.current) {
      last.current = props.value;
      setText(props.value);
    }
  }, [props.value]);
  return (
    <div className="block-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={text}
        lang={props.lang}
        placeholder={props.placeholder}
        readOnly={props.readOnly}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          last.current = event.target.value;
          props.onChange(event.target.value);
        }}
        onKeyDown={backToText}
      />
      {props.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** Escape in a block's input goes back to the text, with the block selected. */
function backToText(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  const editor = event.currentTarget.closest('.ProseMirror');
  if (editor instanceof HTMLElement) editor.focus();
}

/** The small handle that drags a block elsewhere (the keyboard moves blocks from the toolbar). */
function DragHandle() {
  return <span className="block-drag" data-drag-handle aria-hidden="true" draggable="true" />;
}

/** A quote or a pull quote: its text is edited in place, its attribution below it. */
export function QuoteView(props: ReactNodeViewProps) {
  const t = useT();
  const { language } = useBodyContext();
  const pull = props.node.type.name === 'pullquote';
  const attribute = pull ? 'attribution' : 'cite';
  return (
    <NodeViewWrapper
      as="figure"
      className={`body-block body-block--${pull ? 'pullquote' : 'quote'}`}
    >
      <span className="body-block__kind" contentEditable={false} aria-hidden="true">
        {pull ? t('editor.block.pullquote') : t('editor.block.quote')}
      </span>
      <NodeViewContent<'blockquote'> as="blockquote" className="body-block__text" />
      <div contentEditable={false} className="body-block__fields">
        <AttributeInput
          label={pull ? t('editor.block.attribution') : t('editor.block.cite')}
          value={String(props.node.attrs[attribute] ?? '')}
          lang={language}
          readOnly={!props.editor.isEditable}
          onChange={(value) => props.updateAttributes({ [attribute]: value })}
        />
      </div>
    </NodeViewWrapper>
  );
}

/** An image of the library, with the texts this article gives it. */
export function ImageView(props: ReactNodeViewProps) {
  const t = useT();
  const { language, pickImage } = useBodyContext();
  const mediaId = String(props.node.attrs.mediaId ?? '');
  const [media, setMedia] = useState<Media | null>(null);
  const editable = props.editor.isEditable;

  useEffect(() => {
    let cancelled = false;
    if (mediaId) void loadMedia(mediaId).then((found) => !cancelled && setMedia(found));
    return () => {
      cancelled = true;
    };
  }, [mediaId]);

  const library = mediaTexts(media, language);
  const caption = props.node.attrs.caption as string | null;
  const credit = props.node.attrs.credit as string | null;
  const alt = props.node.attrs.alt as string | null;
  const fromLibrary = (value: string) =>
    value ? t('editor.block.fromLibrary', { value }) : t('editor.block.noneInLibrary');

  const replace = async () => {
    const chosen = await pickImage();
    if (!chosen) return;
    rememberMedia(chosen);
    props.updateAttributes({ mediaId: chosen.id });
  };

  return (
    <NodeViewWrapper as="figure" className="body-block body-block--image">
      <DragHandle />
      <div contentEditable={false} className="body-block__media">
        <img
          src={thumbnailUrl(mediaId, media)}
          alt={alt ?? library.alt}
          width={160}
          onError={(event) => {
            // A PNG-only variant, or an image narrower than the thumbnail: try the other form.
            const image = event.currentTarget;
            if (image.src.endsWith('.jpg')) image.src = image.src.replace(/\.jpg$/, '.png');
          }}
        />
        <div className="body-block__fields">
          <AttributeInput
            label={t('editor.block.caption')}
            value={inlineToText(caption ?? '')}
            placeholder={fromLibrary(library.caption)}
            lang={language}
            readOnly={!editable}
            onChange={(value) =>
              props.updateAttributes({ caption: value.trim() ? textToInline(value) : null })
            }
          />
          <AttributeInput
            label={t('editor.block.credit')}
            value={credit ?? ''}
            placeholder={fromLibrary(media?.credit ?? '')}
            readOnly={!editable}
            onChange={(value) => props.updateAttributes({ credit: value.trim() ? value : null })}
          />
          <AttributeInput
            label={t('editor.block.alt')}
            value={alt ?? ''}
            placeholder={fromLibrary(library.alt)}
            hint={t('editor.block.altHint')}
            lang={language}
            readOnly={!editable}
            onChange={(value) => props.updateAttributes({ alt: value.trim() ? value : null })}
          />
          {editable ? (
            <div className="body-block__actions">
              <button type="button" onClick={() => void replace()}>
                {t('editor.block.replaceImage')}
              </button>
              <button type="button" className="danger" onClick={() => props.deleteNode()}>
                {t('editor.block.removeImage')}
              </button>
            </div>
          ) : null}
        </div>
      </div>
    </NodeViewWrapper>
  );
}

/** A video by its address, with the title and caption readers see. */
export function VideoView(props: ReactNodeViewProps) {
  const t = useT();
  const { language } = useBodyContext();
  const url = String(props.node.attrs.url ?? '');
  const provider = videoProvider(url);
  const editable = props.editor.isEditable;
  const note =
    provider === null
      ? t('editor.video.invalid')
      : provider === 'link'
        ? t('editor.video.link')
        : t(`editor.video.${provider}`);
  return (
    <NodeViewWrapper as="figure" className="body-block body-block--video">
      <DragHandle />
      <div contentEditable={false} className="body-block__fields">
        <span className="body-block__kind" aria-hidden="true">
          {t('editor.block.video')}
        </span>
        <AttributeInput
          label={t('editor.video.url')}
          type="url"
          value={url}
          hint={note}
          readOnly={!editable}
          onChange={(value) => props.updateAttributes({ url: value.trim() })}
        />
        <AttributeInput
          label={t('editor.video.title')}
          value={String(props.node.attrs.title ?? '')}
          lang={language}
          readOnly={!editable}
          onChange={(value) => props.updateAttributes({ title: value })}
        />
        <AttributeInput
          label={t('editor.block.caption')}
          value={inlineToText(String(props.node.attrs.caption ?? ''))}
          lang={language}
          readOnly={!editable}
          onChange={(value) => props.updateAttributes({ caption: textToInline(value) })}
        />
        {editable ? (
          <div className="body-block__actions">
            <button type="button" className="danger" onClick={() => props.deleteNode()}>
              {t('editor.block.removeVideo')}
            </button>
          </div>
        ) : null}
      </div>
    </NodeViewWrapper>
  );
}
