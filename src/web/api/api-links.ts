import type { Context } from 'hono';
import type { ImageRef } from '../../media/image-ref.ts';
import { fallbackFormat, variantUrl, variantWidths } from '../../media/variants.ts';
import type { Site } from '../../sites/site.ts';
import type { AppEnv } from '../env.ts';
import { nearestWidth } from '../site/feeds.ts';
import { createReader, type Reader } from '../site/reader.ts';
import { EditionUrls } from '../site/urls.ts';

/** What the Content API says about an edition wherever it names one. */
export function editionRef(site: Site) {
  return { id: site.id, slug: site.slug, name: site.name, language: site.language };
}

/**
 * The network as the Content API links it: editions by id, and absolute addresses of their
 * pages and images (every address the API gives is absolute, for use on other sites).
 */
export class ApiLinks {
  private readonly byId: Map<string, Site>;
  /** Per edition, made once per answer (a list names the same few editions many times). */
  private readonly urlsBySite = new Map<string, EditionUrls>();
  private readonly readersBySite = new Map<string, Reader>();

  constructor(
    readonly sites: Site[],
    private readonly publicUrl: string,
    private readonly c: Context<AppEnv>,
  ) {
    this.byId = new Map(sites.map((site) => [site.id, site]));
  }

  static of(c: Context<AppEnv>): ApiLinks {
    const { ctx } = c.var;
    return new ApiLinks(ctx.siteDirectory.list(), ctx.config.publicUrl, c);
  }

  site(id: string): Site | undefined {
    return this.byId.get(id);
  }

  bySlug(slug: string): Site | undefined {
    return this.sites.find((site) => site.slug === slug);
  }

  urls(site: Site): EditionUrls {
    let urls = this.urlsBySite.get(site.id);
    if (!urls) {
      urls = new EditionUrls(site, this.publicUrl);
      this.urlsBySite.set(site.id, urls);
    }
    return urls;
  }

  /** The origin an edition's media are served from (its own host, or the shared origin). */
  mediaOrigin(site: Site | null): string {
    return site ? this.urls(site).absoluteOnHost('') : this.publicUrl.replace(/\/+$/, '');
  }

  /** A reader page's context for `site`, to word credit lines and render bodies as pages do. */
  reader(site: Site): Reader {
    let reader = this.readersBySite.get(site.id);
    if (!reader) {
      reader = createReader(site, {
        publicUrl: this.publicUrl,
        sites: this.sites,
        sections: [],
        assets: this.c.var.assets.urls,
      });
      this.readersBySite.set(site.id, reader);
    }
    return reader;
  }

  /** An image with its texts and every variant offered, at absolute addresses. */
  image(image: ImageRef, site: Site | null) {
    const origin = this.mediaOrigin(site);
    const widths = variantWidths(image.width);
    const formats = ['avif', 'webp', fallbackFormat(image.mimeType)] as const;
    return {
      id: image.id,
      width: image.width,
      height: image.height,
      alt: image.alt,
      caption: image.caption,
      credit: image.credit,
      url: `${origin}${variantUrl(image.id, nearestWidth(image.width, 1280), fallbackFormat(image.mimeType))}`,
      variants: formats.flatMap((format) =>
        widths.map((width) => ({
          format,
          width,
          url: `${origin}${variantUrl(image.id, width, format)}`,
        })),
      ),
    };
  }
}
