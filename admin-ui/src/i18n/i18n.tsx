import { createContext, type ReactNode, useContext } from 'react';
import { en, type Key } from './en.ts';
import { es } from './es.ts';

/** The newsroom's interface languages; any other falls back to English. */
export const LANGUAGES = { en: 'English', es: 'Español' } as const;
export type Language = keyof typeof LANGUAGES;

const catalogues: Record<Language, Partial<Record<Key, string>>> = { en, es };

export type T = (key: Key, vars?: Record<string, string | number>) => string;

export function translator(language: string): T {
  const messages = catalogues[(language in catalogues ? language : 'en') as Language];
  return (key, vars) => {
    const template = messages[key] ?? en[key];
    return vars
      ? template.replace(/\{(\w+)\}/g, (whole, name: string) =>
          name in vars ? String(vars[name]) : whole,
        )
      : template;
  };
}

/** The language to start in before anyone signs in: the browser's, if the newsroom speaks it. */
export function browserLanguage(): Language {
  const preferred = navigator.language.split('-')[0] ?? 'en';
  return (preferred in catalogues ? preferred : 'en') as Language;
}

const I18nContext = createContext<{ language: string; t: T }>({
  language: 'en',
  t: translator('en'),
});

export function I18nProvider(props: { language: string; children: ReactNode }) {
  return (
    <I18nContext.Provider value={{ language: props.language, t: translator(props.language) }}>
      {props.children}
    </I18nContext.Provider>
  );
}

/** The translator of the current interface language. */
export function useT(): T {
  return useContext(I18nContext).t;
}

export function useLanguage(): string {
  return useContext(I18nContext).language;
}
