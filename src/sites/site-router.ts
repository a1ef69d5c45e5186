import type { Site } from './site.ts';

/** What a request's host and path address. */
export type SiteMatch =
  /** An edition; `path` is the rest of the path below its base, starting with '/'. */
  | { kind: 'edition'; site: Site; path: string }
  /** The network's shared origin, outside every edition's base path. */
  | { kind: 'network'; path: string }
  /** A host some editions own, on a path outside all of them. */
  | { kind: 'none' }
  /** A host no edition owns that is not the network's shared origin either. */
  | { kind: 'unknown-host' };

/** A host name without port, lowercased, as editions store it. */
export function hostName(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.replace(/:\d+$/, '').replace(/\.$/, '');
}

/** The machine itself answers to these, so health checks and operators on it always work. */
function isLocal(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/**
 * Finds the edition a request is for. An edition with its own host owns that host (and its
 * base path below it); editions without one share the network's origin under their prefixes.
 * The longest matching base path wins, on whole path segments only ('/en' never matches '/enx').
 * Pure and built once per change of the editions, so it costs a few comparisons per request.
 */
export class SiteRouter {
  private readonly byHost = new Map<string, Site[]>();
  private readonly shared: Site[];

  /**
   * `sharedHost`: the shared origin's host name, when the network has named it; other hosts
   * that no edition owns are then unknown. Null: every such host is the shared origin.
   */
  constructor(
    sites: Site[],
    private readonly sharedHost: string | null = null,
  ) {
    const longestFirst = (a: Site, b: Site) => b.basePath.length - a.basePath.length;
    for (const site of sites.filter((s) => s.host !== '')) {
      const list = this.byHost.get(site.host) ?? [];
      list.push(site);
      this.byHost.set(site.host, list);
    }
    for (const list of this.byHost.values()) list.sort(longestFirst);
    this.shared = sites.filter((s) => s.host === '').sort(longestFirst);
  }

  resolve(hostHeader: string, path: string): SiteMatch {
    const host = hostName(hostHeader);
    const owned = this.byHost.get(host);
    if (!owned && this.sharedHost !== null && host !== this.sharedHost && !isLocal(host)) {
      return { kind: 'unknown-host' };
    }
    const candidates = owned ?? this.shared;
    for (const site of candidates) {
      const base = site.basePath;
      if (base === '') return { kind: 'edition', site, path };
      if (path === base || path.startsWith(`${base}/`)) {
        return { kind: 'edition', site, path: path.slice(base.length) || '/' };
      }
    }
    if (owned) return { kind: 'none' };
    return { kind: 'network', path };
  }
}
