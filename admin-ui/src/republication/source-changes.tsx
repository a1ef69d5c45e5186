import { useMemo } from 'react';
import type { Credit } from '../api/types.ts';
import { valueDescriber } from '../editor/field-values.ts';
import { RevisionDiffView } from '../editor/revision-diff-view.tsx';
import { type EditionLists, useContributors } from '../editor/use-edition-lists.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { languageName } from '../manage/languages.ts';
import type { ChangeKind, SourceUpdate, SourceUpdateDetail } from './types.ts';

// A copy takes only text, credits and the lead image: no section, series or tag to name.
const NO_LISTS: EditionLists = {
  sections: { items: [], error: null, add: () => undefined },
  series: { items: [], error: null, add: () => undefined },
  tags: { items: [], error: null, add: () => undefined },
};

/** The kind of change an original had, as a badge: a correction stands out, a typo fix does not. */
export function ChangeKindBadge(props: { kind: ChangeKind }) {
  const t = useT();
  const tone = { correction: 'pending', edit: 'scheduled', typo: 'unpublished' }[props.kind];
  return <span className={`badge badge--${tone}`}>{t(`republication.kind.${props.kind}`)}</span>;
}

/** The correction notes the original got since the copy was made (they show on the copy). */
export function CorrectionNotes(props: { update: SourceUpdate }) {
  const t = useT();
  const language = useLanguage();
  if (props.update.corrections.length === 0) return null;
  return (
    <div className="correction-notes">
      <p>{t('republication.updates.notes')}</p>
      <ul>
        {props.update.corrections.map((correction) => (
          <li key={`${correction.createdAt}-${correction.note}`}>
            <q lang={correction.language}>{correction.note}</q>{' '}
            <span className="hint">({languageName(correction.language, language)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What applying an update would change in the copy: fields and blocks, word by word. */
export function SourceChanges(props: { detail: SourceUpdateDetail }) {
  const t = useT();
  const { detail } = props;
  const ids = detail.diff.fields
    .filter((field) => field.field === 'credits')
    .flatMap((field) => [...(field.before as Credit[]), ...(field.after as Credit[])])
    .map((credit) => credit.contributorId);
  const contributors = useContributors(ids);
  const describe = useMemo(() => valueDescriber(t, NO_LISTS, contributors), [t, contributors]);
  return (
    <div className="source-changes">
      {detail.overwritesLocalEdits ? (
        <p className="warning-text">{t('republication.updates.overwrites')}</p>
      ) : null}
      <RevisionDiffView
        diff={{ ...detail.diff, from: detail.pinnedRevision, to: detail.currentRevision }}
        describe={describe}
        title={t('republication.updates.diffTitle')}
      />
    </div>
  );
}
