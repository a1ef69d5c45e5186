/** @jsxImportSource #reader-jsx */
import type { PageCorrection } from '../../../articles/article-page.view.ts';
import { baseLanguage, languageName } from '../../../core/locale.ts';
import { dateTimeFormat } from '../../../i18n/dates.ts';
import type { Reader } from '../reader.ts';

/**
 * The correction notes of an article, its own and those of the articles it was translated or
 * copied from: "Correction (12 March 2026, in Spanish): …". The label is in the page's
 * language; the note stays in the language it was written in, marked with `lang`.
 */
export function Corrections(props: { reader: Reader; corrections: PageCorrection[] }) {
  const { reader, corrections } = props;
  if (corrections.length === 0) return null;
  const { t, language, site } = reader;
  const dateOf = (iso: string) =>
    dateTimeFormat(language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: site.timezone,
    }).format(new Date(iso));
  return (
    <section class="corrections" aria-label={t('article.corrections')}>
      {corrections.map((correction) => {
        const sameLanguage = baseLanguage(correction.language) === baseLanguage(language);
        const label = sameLanguage
          ? t('article.correction', { date: '\uE000' })
          : t('article.correctionIn', {
              date: '\uE000',
              language: languageName(correction.language, language),
            });
        // The date goes in as a placeholder so it can become a <time> inside the label.
        const [before = '', after = ''] = label.split('\uE000');
        return (
          <p class="correction">
            <strong class="correction__label">
              {before}
              <time datetime={correction.correctedAt}>{dateOf(correction.correctedAt)}</time>
              {after}
            </strong>{' '}
            <span lang={correction.language}>{correction.note}</span>
          </p>
        );
      })}
    </section>
  );
}
