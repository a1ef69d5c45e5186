import type { Translate } from '../../i18n/i18n.ts';
import { translator } from '../../i18n/i18n.ts';
import type { Site } from '../../sites/site.ts';
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
