import type { AppContext } from '../context.ts';
import type { Site } from '../sites/site.ts';
import type { Assets } from './assets.ts';
import type { EditionReaders, Reader } from './site/reader.ts';

/** What every handler finds on its context. */
export interface AppEnv {
  Variables: {
    ctx: AppContext;
    assets: Assets;
    /** The edition addressed, on edition routes. */
    site: Site;
    /** The edition's page context (language, links, navigation), on edition routes. */
    reader: Reader;
    /** Every edition's page context, kept between requests. */
    readers: EditionReaders;
  };
}
