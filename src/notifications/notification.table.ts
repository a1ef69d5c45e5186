/** Row types of in-app notifications and each user's choice of e-mail. */

export interface NotificationsTable {
  id: string;
  user_id: string;
  /** e.g. 'translation.submitted' */
  kind: string;
  task_id: string | null;
  article_id: string | null;
  /** JSON: what the message names (headline, edition, note…), fixed when it was made. */
  data: string;
  read_at: string | null;
  created_at: string;
}

export interface NotificationPreferencesTable {
  user_id: string;
  /** 0/1: also send each notification by e-mail. */
  email: number;
  updated_at: string;
}
