import type { Contributor } from './contributor.ts';

declare module '../core/events.ts' {
  interface TribuneEvents {
    /** A contributor's name, profiles, links or photo changed: bylines and author pages show it. */
    'contributor.updated': { contributor: Contributor };
  }
}
