import type { Page } from './page.ts';

declare module '../core/events.ts' {
  interface TribuneEvents {
    'page.saved': { page: Page };
  }
}
