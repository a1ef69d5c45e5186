import type { T } from '../i18n/i18n.tsx';
import type { Subscription } from './desk-types.ts';

/** How a sentence names editions, sections and languages, and joins lists of them. */
export interface Namer {
  edition(id: string): string;
  section(id: string): string;
  language(tag: string): string;
  /** "A and B" (conjunction) or "A or B" (disjunction), in the interface language. */
  list(items: string[], type: 'conjunction' | 'disjunction'): string;
}

/** A namer over Intl.ListFormat in the interface language. */
export function listJoiner(uiLanguage: string): Namer['list'] {
  return (items, type) => new Intl.ListFormat(uiLanguage, { style: 'long', type }).format(items);
}

/** Names once each, in order: two editions' sections may share a name ("Internacional"). */
const once = (names: string[]) => [...new Set(names)];

type Rules = Pick<
  Subscription,
  'sourceSiteIds' | 'sourceLanguages' | 'sectionIds' | 'networkWideOnly' | 'targetLanguage'
>;

/**
 * A subscription's rules in one sentence: "Everything from Meridiano and Meridiano Perú in
 * Internacional". The target language is said only when it is not the edition's own.
 */
export function subscriptionSentence(
  rules: Rules,
  editionLanguage: string,
  names: Namer,
  t: T,
): string {
  const flagged = rules.networkWideOnly;
  const parts: string[] = [];
  if (rules.sourceSiteIds.length) {
    const editions = names.list(once(rules.sourceSiteIds.map(names.edition)), 'conjunction');
    parts.push(
      t(flagged ? 'desk.rule.flaggedFromEditions' : 'desk.rule.fromEditions', { editions }),
    );
  } else if (rules.sourceLanguages.length) {
    parts.push(t(flagged ? 'desk.rule.flagged' : 'desk.rule.everything'));
  } else {
    parts.push(t(flagged ? 'desk.rule.flagged' : 'desk.rule.fromAny'));
  }
  if (rules.sourceLanguages.length) {
    const languages = names.list(once(rules.sourceLanguages.map(names.language)), 'disjunction');
    parts.push(t('desk.rule.languages', { languages }));
  }
  if (rules.sectionIds.length) {
    const sections = names.list(once(rules.sectionIds.map(names.section)), 'disjunction');
    parts.push(t('desk.rule.sections', { sections }));
  }
  if (rules.targetLanguage.toLowerCase() !== editionLanguage.toLowerCase()) {
    parts.push(t('desk.rule.into', { language: names.language(rules.targetLanguage) }));
  }
  return parts.join(' ');
}
