declare module '../core/events.ts' {
  interface TribuneEvents {
    /** A section or series of an edition was created, changed or deleted. */
    'taxonomy.changed': { siteId: string };
    /** A section was deleted (its articles stay, without a section). */
    'section.deleted': { siteId: string; sectionId: string };
  }
}

export {};
