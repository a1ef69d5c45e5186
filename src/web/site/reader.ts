import type { JSX } from 'hono/jsx/jsx-runtime';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { ReaderCache } from '../../articles/reader-cache.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { translator } from '../../i18n/i18n.ts';
import type { Site } from '../../sites/site.ts';
import type { SiteDirectory } from '../../sites/site-directory.ts';
import type { Section } from '../../taxonomy/taxonomy.ts';
import type { AssetUrls } from '../assets.ts';
import { EditionUrls } from './urls.ts';

/** Everything a reader page's components need to know about where they are. */
export interface Reader {
  site: Site;
  language: string;
  t: Translate;
  urls: EditionUrls;
  /** Every edition of the network, for the footer's directory of sister editions. */
  sites: Site[];
  /** The edition's sections, for navigation. */
  sections: Section[];
  assets: AssetUrls;
}

export function createReader(
  site: Site,
  options: { publicUrl: string; sites: Site[]; sections: Section[]; assets: AssetUrls },
): Reader {
  return {
    site,
    language: site.language,
    t: translator(site.language),
    urls: new EditionUrls(site, options.publicUrl),
    sites: options.sites,
    sections: options.sections,
    assets: options.assets,
  };
}

/**
 * Each edition's Reader, kept while what it is made of stays the same: the edition and its
 * sister editions (the site directory hands out new objects when they change), its sections
 * (the reader cache's, likewise), the public address and the assets. Pieces of page that
 * depend on nothing else (the footer, the masthead) are rendered once per Reader.
 */
export class EditionReaders {
  private readonly readers = new Map<string, { reader: Reader; publicUrl: string }>();

  constructor(
    private readonly directory: SiteDirectory,
    private readonly cache: ReaderCache,
  ) {}

  async of(site: Site, publicUrl: string, assets: AssetUrls): Promise<Reader> {
    const sites = this.directory.list();
    const { sections } = await this.cache.taxonomy(site.id);
    const kept = this.readers.get(site.id);
    if (
      kept &&
      kept.reader.site === site &&
      kept.reader.sites === sites &&
      kept.reader.sections === sections &&
      kept.reader.assets === assets &&
      kept.publicUrl === publicUrl
    )
      return kept.reader;
    const reader = createReader(site, { publicUrl, sites, sections, assets });
    this.readers.set(site.id, { reader, publicUrl });
    return reader;
  }
}

const fragments = new WeakMap<Reader, Map<string, HtmlEscapedString>>();

/**
 * A piece of page that depends only on the edition's Reader and `key` (the footer, the
 * masthead, the navigation with one entry current): rendered once, then reused.
 */
export function editionFragment(
  reader: Reader,
  key: string,
  render: () => JSX.Element,
): HtmlEscapedString {
  let kept = fragments.get(reader);
  if (!kept) {
    kept = new Map();
    fragments.set(reader, kept);
  }
  let fragment = kept.get(key);
  if (fragment === undefined) {
    const rendered = render();
    // Reader components render synchronously (jsx/jsx-runtime.ts): never a promise here.
    if (rendered instanceof Promise)
      throw new Error(`The fragment ${key} rendered asynchronously.`);
    fragment = rendered;
    kept.set(key, fragment);
  }
  return fragment;
}
