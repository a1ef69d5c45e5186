import type { ArticleService } from '../../articles/article.service.ts';
import type { ContributorService } from '../../contributors/contributor.service.ts';
import type { Clock } from '../../core/clock.ts';
import type { EventBus } from '../../core/events.ts';
import type { Logger } from '../../core/logger.ts';
import type { Db } from '../../db/database.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import type { NotificationService } from '../../notifications/notification.service.ts';
import type { SiteService } from '../../sites/site.service.ts';
import type { UserService } from '../../users/user.service.ts';
import { JointStatementService } from '../joint-statements/joint-statement.service.ts';
import { SubscriptionService } from '../subscriptions/subscription.service.ts';
import { DeskNotifier } from './desk-notifier.ts';
import { DeskWriter } from './desk-writer.ts';
import { OutdatedTranslations } from './outdated.ts';
import { TaskRequests } from './task-requests.ts';
import { TaskReview } from './task-review.ts';
import { TaskWork } from './task-work.ts';
import { TranslationDrafts } from './translation-drafts.ts';

export interface DeskDependencies {
  db: Db;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  jobs: JobQueue;
  articles: ArticleService;
  sites: SiteService;
  contributors: ContributorService;
  users: UserService;
  notifications: NotificationService;
}

/**
 * The translation desk, composed: requests (by hand and by subscription), the translator's
 * work, review and publication, outdated translations, joint statements and the notifications
 * that follow its steps. Building it subscribes its parts to the domain events and job kinds.
 */
export class TranslationDesk {
  readonly writer: DeskWriter;
  readonly requests: TaskRequests;
  readonly work: TaskWork;
  readonly review: TaskReview;
  readonly subscriptions: SubscriptionService;
  readonly jointStatements: JointStatementService;
  readonly outdated: OutdatedTranslations;

  constructor(deps: DeskDependencies) {
    const { db, events, clock, logger } = deps;
    this.writer = new DeskWriter(db, events, clock, logger);
    const drafts = new TranslationDrafts(db, deps.articles, deps.contributors, deps.users);
    this.subscriptions = new SubscriptionService(db, deps.sites, clock);
    this.requests = new TaskRequests(
      db,
      this.writer,
      deps.articles,
      deps.sites,
      this.subscriptions,
      clock,
      logger,
    );
    this.work = new TaskWork(this.writer, drafts);
    this.review = new TaskReview(this.writer, drafts, clock);
    this.jointStatements = new JointStatementService(
      db,
      this.writer,
      this.requests,
      deps.articles,
      deps.sites,
      deps.jobs,
      clock,
      logger,
    );
    this.outdated = new OutdatedTranslations(db, this.writer);

    this.requests.subscribe(events);
    this.outdated.subscribe(events);
    this.jointStatements.subscribe(events);
    new DeskNotifier(db, deps.notifications, deps.articles, deps.sites, deps.users).subscribe(
      events,
    );
  }
}
