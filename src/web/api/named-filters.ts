import type { Context } from 'hono';
import { ContributorDirectoryView } from '../../contributors/contributor-directory.view.ts';
import { type FieldIssue, issue } from '../../core/validation.ts';
import type { Site } from '../../sites/site.ts';
import type { AppEnv } from '../env.ts';
import type { ApiLinks } from './api-links.ts';

/** Filters as callers name things: by slug. */
export interface NamedFilters {
  edition?: string[];
  section?: string;
  tag?: string;
  contributor?: string;
}

/** The same filters as ids; a list is absent when its filter was not given. */
export interface ResolvedFilters {
  sites?: Site[];
  sectionIds?: string[];
  tagIds?: string[];
  contributorId?: string;
}

/**
 * Looks up what the filters name. Naming something that does not exist is the caller's
 * mistake, said as an issue on that parameter (400), not an empty answer that looks like
 * "nothing published". A contributor counts only if credited on published work, so a
 * contributor known only from drafts cannot be told apart from one that does not exist.
 */
export async function resolveNamedFilters(
  c: Context<AppEnv>,
  links: ApiLinks,
  named: NamedFilters,
): Promise<{ filters: ResolvedFilters; issues: FieldIssue[] }> {
  const issues: FieldIssue[] = [];
  const filters: ResolvedFilters = {};
  if (named.edition) {
    filters.sites = named.edition.flatMap((slug) => links.bySlug(slug) ?? []);
    if (filters.sites.length < named.edition.length) {
      issues.push(issue('edition', 'issue.unknownEdition'));
    }
  }
  // Sections and tags belong to one edition each: a slug alone names none in particular.
  if ((named.section || named.tag) && !named.edition) {
    issues.push(issue('edition', 'issue.required'));
  }
  const { repository } = c.var.ctx.taxonomy;
  const perEdition = [
    {
      field: 'section',
      slug: named.section,
      find: (siteId: string, slug: string) => repository.findSection(siteId, slug),
      missing: 'issue.notSectionOfEdition',
    },
    {
      field: 'tag',
      slug: named.tag,
      find: (siteId: string, slug: string) => repository.findTag(siteId, slug),
      missing: 'issue.notTagOfEdition',
    },
  ] as const;
  for (const { field, slug, find, missing } of perEdition) {
    if (!slug) continue;
    const found = await Promise.all((filters.sites ?? []).map((site) => find(site.id, slug)));
    const ids = found.flatMap((item) => item?.id ?? []);
    filters[field === 'section' ? 'sectionIds' : 'tagIds'] = ids;
    // A slug matching in none of the editions asked names nothing.
    if (named.edition && ids.length === 0) issues.push(issue(field, missing));
  }
  if (named.contributor) {
    const contributor = await new ContributorDirectoryView(c.var.ctx.db).bySlug(named.contributor);
    if (contributor) filters.contributorId = contributor.id;
    else issues.push(issue('contributor', 'issue.notContributor'));
  }
  return { filters, issues };
}
