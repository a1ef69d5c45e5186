/** A feed, whatever its format: what the RSS, Atom and JSON Feed writers render. */
export interface FeedDocument {
  title: string;
  description: string;
  /** BCP 47 */
  language: string;
  /** The page this feed follows (the edition's home, a section page…). */
  homeUrl: string;
  /** The absolute addresses of this feed in each format; `self` is the one being rendered. */
  urls: { rss: string; atom: string; json: string };
  /** A stable identifier of the feed (Atom id). */
  id: string;
  /** The latest change of any item, ISO. */
  updated: string;
  icon: string | null;
  /** Who publishes it (the edition). */
  publisher: string;
  items: FeedItem[];
}

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** The full text as HTML with absolute links, or null when the edition sends summaries. */
  contentHtml: string | null;
  published: string;
  updated: string;
  authors: { name: string; url: string }[];
  categories: string[];
  image: { url: string; type: string; width: number; height: number } | null;
}

/** Drops the characters XML 1.0 cannot carry (most control characters), keeping the rest. */
function xmlCharacters(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const allowed =
      code === 9 ||
      code === 10 ||
      code === 13 ||
      (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
    if (allowed) out += char;
  }
  return out;
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return xmlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
