import { useLanguage, useT } from '../i18n/i18n.tsx';
import type { MemoryMatch, TermHit, TermWarning } from './types.ts';

/*
 * Beside each block: what the translation memory found for its source (with the score and
 * where it was published), the glossary terms its source uses, and the terms its translation
 * does not render as agreed.
 */

function MatchItem(props: {
  match: MemoryMatch;
  targetLanguage: string;
  readOnly: boolean;
  onUse(html: string): void;
}) {
  const t = useT();
  const language = useLanguage();
  const { match } = props;
  const when = match.translation.publishedAt
    ? new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(
        new Date(match.translation.publishedAt),
      )
    : '';
  return (
    <li className="suggestion">
      <p className="suggestion__kind">
        {match.kind === 'exact'
          ? t('te.memory.exact')
          : t('te.memory.fuzzy', { score: Math.round(match.score) })}
      </p>
      <p className="suggestion__text" lang={props.targetLanguage}>
        {match.targetText}
      </p>
      <p className="hint">
        {t('te.memory.from', {
          headline: match.translation.headline,
          edition: match.translation.siteName,
          date: when,
        })}
      </p>
      {match.kind === 'fuzzy' ? (
        <p className="hint">{t('te.memory.itsSource', { text: match.sourceText })}</p>
      ) : null}
      {props.readOnly ? null : (
        <button type="button" onClick={() => props.onUse(match.targetHtml)}>
          {t('te.memory.use')}
          <span className="visually-hidden">
            {' '}
            {t('te.memory.useWhich', { edition: match.translation.siteName })}
          </span>
        </button>
      )}
    </li>
  );
}

/** The memory's matches for one source segment, best first. */
export function MemoryMatches(props: {
  matches: MemoryMatch[];
  targetLanguage: string;
  readOnly: boolean;
  /** For a list: which item the matches are for. */
  label?: string;
  onUse(html: string): void;
}) {
  const t = useT();
  if (!props.matches.length) return null;
  return (
    <div className="suggestions">
      <p className="suggestions__title">
        {props.label ??
          (props.matches.length === 1
            ? t('te.memory.titleOne')
            : t('te.memory.title', { count: props.matches.length }))}
      </p>
      <ul>
        {props.matches.map((match) => (
          <MatchItem
            key={match.id}
            match={match}
            targetLanguage={props.targetLanguage}
            readOnly={props.readOnly}
            onUse={props.onUse}
          />
        ))}
      </ul>
    </div>
  );
}

/** The glossary's terms in a source text, with the translation agreed for each. */
export function GlossaryTerms(props: { terms: TermHit[] }) {
  const t = useT();
  if (!props.terms.length) return null;
  return (
    <div className="glossary-terms">
      <p className="suggestions__title">{t('te.glossary.title')}</p>
      <ul>
        {props.terms.map((term) => (
          <li key={term.termId}>
            {term.doNotTranslate
              ? t('te.glossary.keep', { term: term.sourceTerm })
              : t('te.glossary.term', { term: term.sourceTerm, translation: term.targetTerm })}
            {term.note ? <span className="hint"> — {term.note}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The agreed terms a translation renders differently: a warning, not a refusal. */
export function GlossaryWarnings(props: { warnings: TermWarning[]; id: string }) {
  const t = useT();
  if (!props.warnings.length) return null;
  return (
    <div className="glossary-warnings" id={props.id}>
      <p className="glossary-warnings__title">{t('te.glossary.warningTitle')}</p>
      <ul>
        {props.warnings.map((warning) => (
          <li key={warning.termId}>
            {warning.problem === 'not-kept'
              ? t('te.glossary.notKept', { term: warning.sourceTerm })
              : t('te.glossary.different', {
                  term: warning.sourceTerm,
                  translation: warning.targetTerm,
                })}
          </li>
        ))}
      </ul>
    </div>
  );
}
