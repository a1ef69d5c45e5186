import type { EventBus } from '../core/events.ts';
import type { Logger } from '../core/logger.ts';
import type { Site } from './site.ts';
import './site.events.ts';
import type { SiteRepository } from './site.repository.ts';
import { SiteRouter } from './site-router.ts';

/**
 * Every edition and the router over them, kept in memory: the network has tens of editions
 * and every request needs them. Changes made in this process refresh it at once; changes made
 * by another process (a second server, the CLI) are picked up within `maxAgeMs`.
 */
export class SiteDirectory {
  private sites: Site[] = [];
  private byId = new Map<string, Site>();
  private routerInstance = new SiteRouter([]);
  private version: string | null = null;
  private checkedAt = 0;
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly repository: SiteRepository,
    events: EventBus,
    private readonly logger: Logger,
    private readonly maxAgeMs = 5000,
    /** Read at each reload: the shared origin's host, when the network names one. */
    private readonly sharedHost: () => string | null = () => null,
  ) {
    events.on('site.created', () => this.reload());
    events.on('site.updated', () => this.reload());
  }

  /** Loads every edition; call once before serving. */
  async reload(): Promise<void> {
    const [sites, version] = await Promise.all([
      this.repository.list(),
      this.repository.lastChange(),
    ]);
    this.sites = sites;
    this.byId = new Map(sites.map((site) => [site.id, site]));
    this.routerInstance = new SiteRouter(sites, this.sharedHost());
    this.version = version;
    this.checkedAt = Date.now();
  }

  /** The editions in directory order. */
  list(): Site[] {
    this.refreshIfStale();
    return this.sites;
  }

  get(id: string): Site | undefined {
    return this.byId.get(id);
  }

  router(): SiteRouter {
    this.refreshIfStale();
    return this.routerInstance;
  }

  /** Starts a background check for changes made elsewhere when the cache is old enough. */
  private refreshIfStale(): void {
    if (this.refreshing || Date.now() - this.checkedAt < this.maxAgeMs) return;
    this.checkedAt = Date.now();
    this.refreshing = this.repository
      .lastChange()
      .then((version) => (version === this.version ? undefined : this.reload()))
      .catch((error) => this.logger.warn('could not refresh the editions', { error }))
      .finally(() => {
        this.refreshing = null;
      });
  }
}
