/*
 * The video providers the reader site embeds, recognised the way the server does
 * (src/articles/blocks.ts): anything else is shown to readers as a plain link.
 */

export type VideoProvider = 'youtube' | 'vimeo' | 'peertube' | 'link';

/** The provider of a video address; 'link' for any other web address; null for no address. */
export function videoProvider(url: string): VideoProvider | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.replace(/^www\.|^m\./, '');
  const youtubeId = /^[A-Za-z0-9_-]{11}$/;
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const id =
      parsed.searchParams.get('v') ??
      /^\/(?:embed|shorts|live)\/([^/]+)/.exec(parsed.pathname)?.[1];
    if (id && youtubeId.test(id)) return 'youtube';
  }
  if (host === 'youtu.be' && youtubeId.test(parsed.pathname.slice(1))) return 'youtube';
  if (
    (host === 'vimeo.com' || host === 'player.vimeo.com') &&
    /\/(\d{4,12})(?:\/|$)/.test(parsed.pathname)
  ) {
    return 'vimeo';
  }
  if (/^\/(?:w|videos\/watch)\/([A-Za-z0-9-]{6,64})$/.test(parsed.pathname)) return 'peertube';
  return 'link';
}
