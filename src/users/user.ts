import { z } from 'zod';
import { UI_LANGUAGES } from '../core/locale.ts';

/**
 * Roles a user can hold on an edition. Network administrators are not a role on an edition
 * but a flag of the user: they may do everything everywhere.
 */
export const ROLES = [
  'site-admin',
  'editor',
  'author',
  'contributor',
  'translator',
  'translation-manager',
] as const;
export type Role = (typeof ROLES)[number];

/** A newsroom account. */
export interface User {
  id: string;
  email: string;
  name: string;
  locale: string;
  isNetworkAdmin: boolean;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
  disabledAt: string | null;
}

export interface Membership {
  userId: string;
  siteId: string;
  role: Role;
}

export const PASSWORD_LENGTH = { min: 10, max: 200 } as const;

export const userInputSchema = z.object({
  email: z.string().trim().toLowerCase().email('issue.email').max(254),
  name: z.string().trim().min(1, 'issue.required').max(200),
  password: z
    .string()
    .min(PASSWORD_LENGTH.min, 'issue.passwordLength')
    .max(PASSWORD_LENGTH.max)
    .nullable()
    .default(null),
  locale: z.enum(UI_LANGUAGES).default('en'),
  isNetworkAdmin: z.boolean().default(false),
});
export type UserInput = z.input<typeof userInputSchema>;
