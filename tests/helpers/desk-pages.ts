import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { User } from '../../src/users/user.ts';
import { contextAs, type Newsroom, pageErrors } from './newsroom.ts';

/**
 * Pages of the newsroom signed in as the desk's people, each in a context of its own (so two
 * translators can race), with every page's uncaught errors kept for the end of the file.
 */
export function deskPages(newsroom: () => Newsroom) {
  const contexts: BrowserContext[] = [];
  const errors: string[][] = [];
  return {
    async pageAs(user: User, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
      const context = await contextAs(newsroom(), user, { bypassCSP: true, ...options });
      contexts.push(context);
      const page = await context.newPage();
      errors.push(pageErrors(page));
      return page;
    },
    /** Every page's uncaught errors so far. */
    errors: () => errors.flat(),
    async close(): Promise<void> {
      for (const context of contexts) await context.close();
    },
  };
}

/** A row's or card's button for a step: its name is the step, then (hidden) what it acts on. */
export function stepButton(scope: Locator, name: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`^${name}\\b`) });
}
