import { join } from 'node:path';
import { ArticleService } from './articles/article.service.ts';
import { PublicationScheduler } from './articles/publication-scheduler.ts';
import { ReaderCache } from './articles/reader-cache.ts';
import { RepublicationService } from './articles/republication/republication.service.ts';
import type { Config } from './config.ts';
import { ContributorService } from './contributors/contributor.service.ts';
import { type Clock, systemClock } from './core/clock.ts';
import { EventBus } from './core/events.ts';
import { createLogger, type Logger } from './core/logger.ts';
import { ensureDataDir } from './data-dir.ts';
import { connectDatabase, type DatabaseHandle } from './db/connect.ts';
import type { Db, SqlDialect } from './db/database.ts';
import { migrateToLatest } from './db/migrator.ts';
import { DatabaseJobQueue } from './jobs/database-job-queue.ts';
import type { JobQueue } from './jobs/job-queue.ts';
import type { Mailer } from './mail/mailer.ts';
import { OutboxMailer } from './mail/outbox.ts';
import { SmtpMailer } from './mail/smtp.ts';
import { MediaService } from './media/media.service.ts';
import { NotificationService } from './notifications/notification.service.ts';
import { PageService } from './pages/page.service.ts';
import { PostgresTsvectorIndex } from './search/postgres-tsvector.ts';
import { SearchService } from './search/search.service.ts';
import { SqliteFts5Index } from './search/sqlite-fts5.ts';
import { FrontPageService } from './sites/front-page.ts';
import { NetworkService } from './sites/network.ts';
import { SiteRepository } from './sites/site.repository.ts';
import { SiteService } from './sites/site.service.ts';
import { SiteDirectory } from './sites/site-directory.ts';
import type { FileStorage } from './storage/file-storage.ts';
import { LocalDiskStorage } from './storage/local-disk.ts';
import { TaxonomyService } from './taxonomy/taxonomy.service.ts';
import { TranslationDesk } from './translations/desk/translation-desk.ts';
import { GlossaryService } from './translations/glossary/glossary.service.ts';
import { configuredTranslator } from './translations/machine/configured-translator.ts';
import { MachineTranslationService } from './translations/machine/machine-translation.service.ts';
import { TranslationMemoryService } from './translations/memory/memory.service.ts';
import { ApiTokenService } from './users/api-token.service.ts';
import { AuthService } from './users/auth.service.ts';
import { SessionService } from './users/session.service.ts';
import { UserService } from './users/user.service.ts';
import { WebhookService } from './webhooks/webhook.service.ts';

export interface ContextOptions {
  logger?: Logger;
  clock?: Clock;
  /** An open database to use instead of connecting (tests). */
  database?: DatabaseHandle;
  /** Storage to use instead of the data folder's media (tests). */
  storage?: FileStorage;
  /** A mailer to use instead of the configured one (tests). */
  mailer?: Mailer;
}

/**
 * Everything the app is made of, built in one place from the configuration: the database,
 * adapters and services. Nothing else reaches for globals; close() releases it all.
 */
export class AppContext {
  readonly db: Db;
  readonly dialect: SqlDialect;
  readonly events: EventBus;
  readonly network: NetworkService;
  readonly sites: SiteService;
  readonly siteDirectory: SiteDirectory;
  /** Sections, series, contributors and images as reader pages read them, kept in memory. */
  readonly readerCache: ReaderCache;
  readonly taxonomy: TaxonomyService;
  readonly contributors: ContributorService;
  readonly media: MediaService;
  readonly users: UserService;
  readonly sessions: SessionService;
  readonly auth: AuthService;
  readonly apiTokens: ApiTokenService;
  readonly articles: ArticleService;
  readonly republication: RepublicationService;
  readonly scheduler: PublicationScheduler;
  readonly search: SearchService;
  readonly pages: PageService;
  readonly frontPages: FrontPageService;
  readonly jobs: JobQueue;
  readonly webhooks: WebhookService;
  readonly notifications: NotificationService;
  /** The translation desk: tasks, subscriptions, joint statements. */
  readonly desk: TranslationDesk;
  readonly translationMemory: TranslationMemoryService;
  readonly glossary: GlossaryService;
  readonly machineTranslation: MachineTranslationService;

  private constructor(
    readonly config: Config,
    readonly database: DatabaseHandle,
    readonly storage: FileStorage,
    readonly mailer: Mailer,
    readonly logger: Logger,
    readonly clock: Clock,
  ) {
    this.db = database.db;
    this.dialect = database.dialect;
    this.events = new EventBus(logger);
    this.network = new NetworkService(this.db, clock);
    this.sites = new SiteService(this.db, this.events, clock);
    this.siteDirectory = new SiteDirectory(
      new SiteRepository(this.db),
      this.events,
      logger,
      5000,
      () => config.sharedHost,
    );
    this.readerCache = new ReaderCache(this.db, this.events, { clock });
    this.taxonomy = new TaxonomyService(this.db, this.events, clock);
    this.contributors = new ContributorService(this.db, this.events, clock);
    this.media = new MediaService(this.db, storage, this.events, clock);
    this.users = new UserService(this.db, clock);
    this.sessions = new SessionService(this.db, clock);
    this.auth = new AuthService(this.db, this.sessions, mailer, clock);
    this.apiTokens = new ApiTokenService(this.db, clock);
    this.articles = new ArticleService(this.db, this.sites, this.events, clock);
    this.republication = new RepublicationService(this.db, this.articles, this.sites, clock);
    this.scheduler = new PublicationScheduler(this.db, this.articles, this.events, clock, logger);
    this.search = new SearchService(
      this.db,
      this.dialect === 'sqlite' ? new SqliteFts5Index(this.db) : new PostgresTsvectorIndex(this.db),
      this.events,
      logger,
    );
    this.pages = new PageService(this.db, this.events, clock);
    this.frontPages = new FrontPageService(this.db, this.events, clock);
    this.jobs = new DatabaseJobQueue(this.db, this.dialect, clock, logger);
    this.webhooks = new WebhookService(
      this.db,
      this.jobs,
      this.events,
      this.sites,
      clock,
      logger,
      () => this.config.publicUrl,
    );
    this.notifications = new NotificationService(
      this.db,
      this.jobs,
      mailer,
      clock,
      () => `${this.config.publicUrl}/newsroom/`,
    );
    this.desk = new TranslationDesk({
      ...{ db: this.db, events: this.events, clock, logger, jobs: this.jobs },
      ...{ articles: this.articles, sites: this.sites, contributors: this.contributors },
      ...{ users: this.users, notifications: this.notifications },
    });
    this.translationMemory = new TranslationMemoryService(
      this.db,
      this.articles,
      this.events,
      clock,
      logger,
    );
    this.glossary = new GlossaryService(this.db, clock);
    this.machineTranslation = new MachineTranslationService(
      configuredTranslator(config.machineTranslation),
      clock,
    );
  }

  /** Checks the data folder, opens the database and builds the services. */
  static async fromConfig(config: Config, options: ContextOptions = {}): Promise<AppContext> {
    const logger = options.logger ?? createLogger(config.logLevel);
    if (!options.storage || !options.database) ensureDataDir(config.dataDir);
    const database = options.database ?? (await connectDatabase(config.database));
    const storage = options.storage ?? new LocalDiskStorage(join(config.dataDir, 'media'));
    const mailer =
      options.mailer ??
      (config.smtpUrl
        ? new SmtpMailer(config.smtpUrl, config.mailFrom)
        : new OutboxMailer(join(config.dataDir, 'outbox'), config.mailFrom));
    return new AppContext(config, database, storage, mailer, logger, options.clock ?? systemClock);
  }

  /** Applies pending migrations; returns their names. */
  async migrate(): Promise<string[]> {
    const { applied } = await migrateToLatest(this.db, this.dialect);
    if (applied.length) this.logger.info('database migrated', { applied: applied.join(',') });
    return applied;
  }

  async close(): Promise<void> {
    this.scheduler.stop();
    await this.jobs.stop();
    await this.database.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
