import type { Actor } from '../../users/permissions.ts';
import type { User } from '../../users/user.ts';
import type { AppEnv } from '../env.ts';

/** What Admin API handlers find on their context once the caller is known. */
export interface AdminEnv {
  Variables: AppEnv['Variables'] & {
    /** The interface language of answers: the user's, else the request's Accept-Language. */
    language: string;
    user: User;
    actor: Actor;
    /** How the caller proved who they are. */
    authenticatedBy: 'session' | 'token';
    /** The session's CSRF token, for cookie-authenticated callers. */
    csrfToken: string | null;
  };
}
