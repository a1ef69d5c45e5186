/** @jsxImportSource #reader-jsx */
import type { Block, VideoBlock } from '../../../articles/blocks.ts';
import type { ImageRef } from '../../../media/image-ref.ts';
import { sanitisedHtml } from '../../trusted-html.ts';
import type { Reader } from '../reader.ts';
import { Picture } from './picture.tsx';

const PROVIDERS: Record<string, string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  peertube: 'PeerTube',
};

/** Where the player of a known provider lives; null for a plain link. */
export function embedUrl(video: VideoBlock): string | null {
  if (!video.videoId) return null;
  switch (video.provider) {
    case 'youtube':
      return `https://www.youtube-nocookie.com/embed/${video.videoId}?autoplay=1`;
    case 'vimeo':
      return `https://player.vimeo.com/video/${video.videoId}?autoplay=1&dnt=1`;
    case 'peertube': {
      const origin = new URL(video.url).origin;
      return `${origin}/videos/embed/${video.videoId}?autoplay=1`;
    }
    default:
      return null;
  }
}

interface BlocksProps {
  reader: Reader;
  blocks: Block[];
  images: Map<string, ImageRef>;
  /** Makes image addresses absolute, for HTML shown elsewhere (the Content API). */
  mediaOrigin?: string;
}

/** The body of an article or page. Block text is sanitised inline HTML (articles/blocks.ts). */
export function Blocks(props: BlocksProps) {
  return (
    <>
      {props.blocks.map((block) => (
        <BlockView {...props} block={block} />
      ))}
    </>
  );
}

function BlockView(props: Omit<BlocksProps, 'blocks'> & { block: Block }) {
  const { block, reader } = props;
  const id = `b-${block.id}`;
  switch (block.type) {
    case 'paragraph':
      return <p id={id}>{sanitisedHtml(block.html)}</p>;
    case 'heading':
      return block.level === 3 ? (
        <h3 id={id}>{sanitisedHtml(block.html)}</h3>
      ) : (
        <h2 id={id}>{sanitisedHtml(block.html)}</h2>
      );
    case 'quote':
      return (
        <figure id={id} class="quote">
          <blockquote>
            <p>{sanitisedHtml(block.html)}</p>
          </blockquote>
          {block.cite ? <figcaption>{block.cite}</figcaption> : null}
        </figure>
      );
    case 'pullquote':
      return (
        <figure id={id} class="pullquote">
          <blockquote>
            <p>{sanitisedHtml(block.html)}</p>
          </blockquote>
          {block.attribution ? <figcaption>{block.attribution}</figcaption> : null}
        </figure>
      );
    case 'list': {
      const items = block.items.map((item) => <li>{sanitisedHtml(item)}</li>);
      return block.style === 'ordered' ? <ol id={id}>{items}</ol> : <ul id={id}>{items}</ul>;
    }
    case 'image': {
      const image = props.images.get(block.mediaId);
      if (!image) return null;
      // The block's own caption is sanitised inline HTML; the media's is plain text.
      const caption = block.caption ? sanitisedHtml(block.caption) : image.caption;
      const credit = block.credit ?? image.credit;
      return (
        <figure id={id} class="image">
          <Picture
            image={image}
            origin={props.mediaOrigin}
            alt={block.alt ?? image.alt}
            sizes="(min-width: 48rem) 42rem, 100vw"
          />
          {caption || credit ? (
            <figcaption>
              {caption || null}
              {credit ? <span class="credit"> {reader.t('article.photo', { credit })}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      );
    }
    case 'video':
      return <Video reader={reader} video={block} id={id} />;
    case 'divider':
      return <hr id={id} />;
  }
}

/**
 * A video that loads nothing from its provider until the reader asks: a link to the video
 * (works without JavaScript); the script swaps in the player on click.
 */
function Video(props: { reader: Reader; video: VideoBlock; id: string }) {
  const { reader, video } = props;
  const provider = PROVIDERS[video.provider] ?? new URL(video.url).hostname;
  const title = video.title || reader.t('video.untitled');
  const embed = embedUrl(video);
  return (
    <figure id={props.id} class="video" data-embed={embed ?? undefined} data-title={title}>
      <a class="video__play" href={video.url}>
        <span class="video__icon" aria-hidden="true" />
        <span class="video__label">
          {embed ? reader.t('video.play', { title }) : reader.t('video.watch', { provider })}
        </span>
      </a>
      <figcaption>
        {video.caption ? sanitisedHtml(video.caption) : null}
        {embed ? (
          <span class="video__notice"> {reader.t('video.notice', { provider })}</span>
        ) : null}
      </figcaption>
    </figure>
  );
}
