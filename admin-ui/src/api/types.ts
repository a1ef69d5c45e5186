/** The shapes the Admin API answers with (see /api/admin/v1/openapi.json). */

export type Role =
  | 'site-admin'
  | 'editor'
  | 'author'
  | 'contributor'
  | 'translator'
  | 'translation-manager';
export type ArticleStatus = 'draft' | 'pending' | 'scheduled' | 'published' | 'unpublished';

export interface User {
  id: string;
  email: string;
  name: string;
  locale: string;
  isNetworkAdmin: boolean;
}

export interface Membership {
  siteId: string;
  role: Role;
}

export interface Session {
  user: User;
  csrfToken: string | null;
  memberships: Membership[];
}

export interface SocialLink {
  network: string;
  url: string;
}

export type NavigationItem =
  | { kind: 'section'; sectionId: string }
  | { kind: 'page'; slug: string; label: string }
  | { kind: 'link'; label: string; url: string };

export interface Site {
  id: string;
  slug: string;
  name: string;
  language: string;
  country: string | null;
  timezone: string;
  tagline: string;
  host: string;
  basePath: string;
  socialLinks: SocialLink[];
  navigation: NavigationItem[];
  settings: {
    dateStyle: 'full' | 'long' | 'medium';
    shareUtm: { source: string; medium: string; campaign: string } | null;
    feedContent: 'full' | 'summary';
    republicationPolicy: 'canonical' | 'noindex';
    supportUrl: string | null;
  };
  roles?: Role[];
}

export interface Block {
  id: string;
  type: 'paragraph' | 'heading' | 'quote' | 'pullquote' | 'list' | 'image' | 'video' | 'divider';
  sourceBlockId?: string;
  html?: string;
  level?: 2 | 3;
  cite?: string;
  attribution?: string;
  style?: 'bullet' | 'ordered';
  items?: string[];
  mediaId?: string;
  caption?: string | null;
  credit?: string | null;
  alt?: string | null;
  url?: string;
  title?: string;
}

export interface Credit {
  contributorId: string;
  role: 'author' | 'translator' | 'photographer';
}

export interface Article {
  id: string;
  storyId: string;
  siteId: string;
  language: string;
  status: ArticleStatus;
  slug: string;
  kicker: string;
  headline: string;
  dek: string;
  body: Block[];
  leadMediaId: string | null;
  sectionId: string | null;
  seriesId: string | null;
  seriesPosition: number | null;
  tagIds: string[];
  credits: Credit[];
  origin: { type: 'original' | 'translation' | 'republication'; [key: string]: unknown };
  /** Flagged for the whole network: subscriptions can ask for such articles only. */
  networkWide?: boolean;
  socialTitle: string;
  socialDescription: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  revision: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface ArticleListItem {
  id: string;
  slug: string;
  headline: string;
  language: string;
  status: ArticleStatus;
  originType: string;
  section: { id: string; name: string } | null;
  authors: { contributorId: string; slug: string; name: string; kind: string }[];
  createdBy: string | null;
  revision: number;
  updatedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  deletedAt: string | null;
}

export interface Section {
  id: string;
  siteId: string;
  slug: string;
  name: string;
  description: string;
  position: number;
}

export interface Tag {
  id: string;
  siteId: string;
  slug: string;
  name: string;
}

export interface Series {
  id: string;
  siteId: string;
  slug: string;
  title: string;
  description: string;
}

export interface Contributor {
  id: string;
  kind: 'person' | 'organisation';
  slug: string;
  name: string;
  email: string | null;
  photoMediaId: string | null;
  links: { label: string; url: string }[];
  profiles: Record<string, { name: string | null; title: string; bio: string }>;
}

export interface Media {
  id: string;
  siteId: string | null;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  credit: string;
  originalName: string;
  texts: Record<string, { alt: string; caption: string }>;
  createdAt: string;
}

export interface RevisionSummary {
  number: number;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  headline: string;
}

export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export interface RevisionDiff {
  from: number;
  to: number;
  fields: { field: string; before: unknown; after: unknown; words?: DiffPart[] }[];
  blocks: (
    | { kind: 'same' | 'added' | 'removed'; id: string; block: Block }
    | { kind: 'changed'; id: string; before: Block; after: Block; words: DiffPart[] }
  )[];
}

/* Management screens (media, contributors, pages, front page, staff, account). */

/** A static page of an edition: About, Support… Its address is `/<slug>`. */
export interface Page {
  id: string;
  siteId: string;
  slug: string;
  title: string;
  description: string;
  body: Block[];
  published: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The curated front page: the lead article and up to eight featured ones, in order. */
export interface FrontPageSlots {
  leadId: string | null;
  featuredIds: string[];
}

/** Someone on an edition's staff, with their roles there. */
export interface Member {
  user: { id: string; name: string; email: string };
  roles: Role[];
}

/** An API token as its owner sees it: never the secret, which is shown once. */
export interface ApiToken {
  id: string;
  name: string;
  hint: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** What an edition's webhook endpoint can ask to be told about. */
export type WebhookEvent =
  | 'article.published'
  | 'article.updated'
  | 'article.unpublished'
  | 'translation.requested'
  | 'translation.published'
  | 'translation.outdated';

/** A webhook endpoint of an edition: its secret only by its last characters (`secretHint`). */
export interface Webhook {
  id: string;
  siteId: string;
  url: string;
  description: string;
  events: WebhookEvent[];
  active: boolean;
  secretHint: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One try of a delivery: the receiver's HTTP status, or why there was none. */
export interface WebhookAttempt {
  number: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  responseExcerpt: string;
  attemptedAt: string;
}

/** One event sent to one endpoint (`id` is its Tribune-Delivery), with each try. */
export interface WebhookDelivery {
  id: string;
  webhookId: string;
  eventId: string;
  event: WebhookEvent | 'ping';
  status: 'pending' | 'delivered' | 'failed' | 'cancelled';
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
  attempts: WebhookAttempt[];
}
