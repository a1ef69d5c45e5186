import type { Media } from './media.ts';

declare module '../core/events.ts' {
  interface TribuneEvents {
    /** A media item's credit or texts changed: captions on the reader site show them. */
    'media.updated': { media: Media };
  }
}
