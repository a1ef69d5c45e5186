/** Row types of newsroom accounts, their roles per edition, sessions and API tokens. */

export interface UsersTable {
  id: string;
  /** Stored lowercased; unique. */
  email: string;
  name: string;
  /** argon2id PHC string, or null while an invitation is pending. */
  password_hash: string | null;
  locale: string;
  is_network_admin: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  disabled_at: string | null;
}

export interface MembershipsTable {
  user_id: string;
  site_id: string;
  role: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token, hex: a stolen database yields no usable session. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string;
  user_agent: string;
  /** Sent with every state-changing request made with this session's cookie. */
  csrf_token: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  /** SHA-256 of the token, hex. */
  token_hash: string;
  /** The token's last characters, to recognise it in a list. */
  hint: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
}

/** One-use tokens sent by e-mail: password reset and invitation. */
export interface AccountTokensTable {
  /** SHA-256 of the token, hex. */
  id: string;
  user_id: string;
  /** 'reset' | 'invite' */
  purpose: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Counters of attempts per key (an account, an address) in a fixed time window. */
export interface RateLimitsTable {
  key: string;
  count: number;
  window_started_at: string;
}
