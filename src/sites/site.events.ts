import type { Site } from './site.ts';

declare module '../core/events.ts' {
  interface TribuneEvents {
    'site.created': { site: Site };
    'site.updated': { site: Site };
  }
}
