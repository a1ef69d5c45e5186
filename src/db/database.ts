import type { Kysely, Transaction } from 'kysely';
import type {
  ArticleCreditsTable,
  ArticleRevisionsTable,
  ArticlesTable,
  ArticleTagsTable,
  StoriesTable,
} from '../articles/article.table.ts';
import type { ArticleCorrectionsTable } from '../articles/correction.table.ts';
import type { SourceUpdateDismissalsTable } from '../articles/republication/republication.table.ts';
import type {
  ContributorProfilesTable,
  ContributorsTable,
} from '../contributors/contributor.table.ts';
import type { JobsTable } from '../jobs/job.table.ts';
import type { MediaTable, MediaTextsTable } from '../media/media.table.ts';
import type {
  NotificationPreferencesTable,
  NotificationsTable,
} from '../notifications/notification.table.ts';
import type { PagesTable } from '../pages/page.table.ts';
import type { SearchDocumentsTable } from '../search/search.table.ts';
import type { FrontPageSlotsTable, NetworkSettingsTable, SitesTable } from '../sites/site.table.ts';
import type { SectionsTable, SeriesTable, TagsTable } from '../taxonomy/taxonomy.table.ts';
import type {
  JointStatementsTable,
  TranslationCommentsTable,
  TranslationSubscriptionsTable,
  TranslationTaskHistoryTable,
  TranslationTasksTable,
} from '../translations/desk/desk.table.ts';
import type { GlossaryTermsTable } from '../translations/glossary/glossary.table.ts';
import type {
  TranslationMemoryTable,
  TranslationMemoryTermsTable,
} from '../translations/memory/memory.table.ts';
import type {
  AccountTokensTable,
  ApiTokensTable,
  MembershipsTable,
  RateLimitsTable,
  SessionsTable,
  UsersTable,
} from '../users/user.table.ts';
import type {
  WebhookAttemptsTable,
  WebhookDeliveriesTable,
  WebhookEndpointsTable,
} from '../webhooks/webhook.table.ts';

/** Every table, composed from the features that own them. */
export interface Database {
  network_settings: NetworkSettingsTable;
  sites: SitesTable;
  front_page_slots: FrontPageSlotsTable;
  pages: PagesTable;
  sections: SectionsTable;
  tags: TagsTable;
  series: SeriesTable;
  contributors: ContributorsTable;
  contributor_profiles: ContributorProfilesTable;
  media: MediaTable;
  media_texts: MediaTextsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  account_tokens: AccountTokensTable;
  rate_limits: RateLimitsTable;
  stories: StoriesTable;
  articles: ArticlesTable;
  article_revisions: ArticleRevisionsTable;
  article_tags: ArticleTagsTable;
  article_credits: ArticleCreditsTable;
  article_corrections: ArticleCorrectionsTable;
  source_update_dismissals: SourceUpdateDismissalsTable;
  search_documents: SearchDocumentsTable;
  jobs: JobsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  translation_tasks: TranslationTasksTable;
  translation_task_history: TranslationTaskHistoryTable;
  translation_comments: TranslationCommentsTable;
  translation_subscriptions: TranslationSubscriptionsTable;
  joint_statements: JointStatementsTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  translation_memory: TranslationMemoryTable;
  translation_memory_terms: TranslationMemoryTermsTable;
  glossary_terms: GlossaryTermsTable;
}

export type Db = Kysely<Database>;
/** A database or an open transaction: repositories accept either. */
export type Executor = Kysely<Database> | Transaction<Database>;
export type SqlDialect = 'sqlite' | 'postgres';
