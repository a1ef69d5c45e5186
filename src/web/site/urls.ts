import type { Site } from '../../sites/site.ts';
import { siteHomeUrl } from '../../sites/site.ts';

/**
 * Addresses within an edition and across editions. Links inside an edition are paths; links
 * to another edition are paths when it shares the host, absolute addresses otherwise.
 */
export class EditionUrls {
  constructor(
    readonly site: Site,
    private readonly publicUrl: string,
  ) {}

  path(path = '/'): string {
    return `${this.site.basePath}${path}`;
  }

  home(): string {
    return this.path('/');
  }

  article(slug: string): string {
    return this.path(`/${slug}`);
  }

  section(slug: string): string {
    return this.path(`/section/${slug}`);
  }

  tag(slug: string): string {
    return this.path(`/tag/${slug}`);
  }

  series(slug: string): string {
    return this.path(`/series/${slug}`);
  }

  contributor(slug: string): string {
    return this.path(`/contributor/${slug}`);
  }

  page(slug: string): string {
    return this.path(`/${slug}`);
  }

  /** The absolute address of a path of this edition (canonical, sharing, hreflang). */
  absolute(path = '/'): string {
    return `${siteHomeUrl(this.site, this.publicUrl).replace(/\/$/, '')}${path}`;
  }

  /** The absolute address of a network path (/media/…) on this edition's host. */
  absoluteOnHost(path: string): string {
    const origin = this.site.host
      ? `https://${this.site.host}`
      : this.publicUrl.replace(/\/+$/, '');
    return `${origin}${path}`;
  }

  /** A link from this edition to a path of `other`. */
  toEdition(other: Site, path = '/'): string {
    if (other.host === this.site.host) return `${other.basePath}${path}`;
    return `${siteHomeUrl(other, this.publicUrl).replace(/\/$/, '')}${path}`;
  }

  /** The network directory: on the shared origin, which this edition may or may not be on. */
  networkHome(): string {
    return this.site.host ? `${this.publicUrl.replace(/\/+$/, '')}/` : '/';
  }

  /** The absolute address of a path of `other`. */
  absoluteFor(other: Site, path = '/'): string {
    return `${siteHomeUrl(other, this.publicUrl).replace(/\/$/, '')}${path}`;
  }
}
