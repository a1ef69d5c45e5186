import type { NavigationItem, Site, SocialLink } from '../api/types.ts';
import { type Keyed, keyed, unkeyed } from './keyed.ts';

/** An edition's settings as the form holds them: strings for optional fields, keyed rows. */
export interface EditionDraft {
  name: string;
  tagline: string;
  language: string;
  timezone: string;
  country: string;
  socialLinks: Keyed<SocialLink>[];
  navigation: Keyed<NavigationItem>[];
  dateStyle: Site['settings']['dateStyle'];
  utm: boolean;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
  feedContent: Site['settings']['feedContent'];
  republicationPolicy: Site['settings']['republicationPolicy'];
  supportUrl: string;
}

export function draftOfSite(site: Site): EditionDraft {
  const utm = site.settings.shareUtm;
  return {
    name: site.name,
    tagline: site.tagline,
    language: site.language,
    timezone: site.timezone,
    country: site.country ?? '',
    socialLinks: keyed(site.socialLinks),
    navigation: keyed(site.navigation),
    dateStyle: site.settings.dateStyle,
    utm: utm !== null,
    utmSource: utm?.source ?? '',
    utmMedium: utm?.medium ?? 'social',
    utmCampaign: utm?.campaign ?? '',
    feedContent: site.settings.feedContent,
    republicationPolicy: site.settings.republicationPolicy,
    supportUrl: site.settings.supportUrl ?? '',
  };
}

/** What PATCH /sites/:siteId takes: empty optional fields become null. */
export function siteChanges(draft: EditionDraft) {
  return {
    name: draft.name,
    tagline: draft.tagline,
    language: draft.language,
    timezone: draft.timezone,
    country: draft.country.trim() ? draft.country : null,
    socialLinks: unkeyed(draft.socialLinks),
    navigation: unkeyed(draft.navigation),
    settings: {
      dateStyle: draft.dateStyle,
      shareUtm: draft.utm
        ? { source: draft.utmSource, medium: draft.utmMedium, campaign: draft.utmCampaign }
        : null,
      feedContent: draft.feedContent,
      republicationPolicy: draft.republicationPolicy,
      supportUrl: draft.supportUrl.trim() ? draft.supportUrl : null,
    },
  };
}
