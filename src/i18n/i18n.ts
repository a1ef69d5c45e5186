import { type UiLanguage, uiLanguageFor } from '../core/locale.ts';
import { de } from './messages/de.ts';
import { en, type MessageKey } from './messages/en.ts';
import { es } from './messages/es.ts';
import { fr } from './messages/fr.ts';
import { it } from './messages/it.ts';
import { pt } from './messages/pt.ts';

/** Every language's messages; English is complete by type, the others may miss keys. */
export const catalogues: Record<UiLanguage, Partial<Record<MessageKey, string>>> = {
  en,
  es,
  pt,
  fr,
  de,
  it,
};

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * The translator for content in `language` (BCP 47): its interface language's message, else
 * English; `{name}` placeholders are filled from `vars`.
 */
export function translator(language: string): Translate {
  const messages = catalogues[uiLanguageFor(language)];
  return (key, vars) => {
    const template = messages[key] ?? en[key];
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };
}

/** The keys a language lacks, for the test that lists them. */
export function missingKeys(language: UiLanguage): MessageKey[] {
  const messages = catalogues[language];
  return (Object.keys(en) as MessageKey[]).filter((key) => !(key in messages));
}
