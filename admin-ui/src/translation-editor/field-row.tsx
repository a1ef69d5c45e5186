import { fieldLabel } from '../editor/field-values.ts';
import { inlineToText } from '../editor/inline-html.ts';
import { TextAreaField, TextField as TextInput } from '../editor/text-field.tsx';
import { useT } from '../i18n/i18n.tsx';
import { type CommentActions, CommentThread } from './comments.tsx';
import type { TextField } from './fields.ts';
import { GlossaryTerms, GlossaryWarnings, MemoryMatches } from './suggestions.tsx';
import type { TaskComment, TermWarning } from './types.ts';
import type { SegmentSuggestions } from './use-suggestions.ts';

const LIMITS: Record<TextField, number> = {
  kicker: 120,
  headline: 300,
  dek: 1000,
  socialTitle: 300,
  socialDescription: 1000,
};
const LONG: TextField[] = ['dek', 'socialDescription'];

/** One of the texts outside the body (headline, dek…): the source's, and its translation. */
export function FieldRow(props: {
  name: TextField;
  source: string;
  value: string;
  onChange(value: string): void;
  editable: boolean;
  sourceLanguage: string;
  targetLanguage: string;
  suggestions: SegmentSuggestions | undefined;
  warnings: TermWarning[];
  comments: TaskComment[];
  commentActions: CommentActions;
  error: string | undefined;
}) {
  const t = useT();
  const label = fieldLabel(t, props.name);
  const id = `translation-${props.name}`;
  const warningsId = `${id}-warnings`;
  const input = {
    id,
    label,
    value: props.value,
    lang: props.targetLanguage,
    readOnly: !props.editable,
    maxLength: LIMITS[props.name],
    error: props.error,
    describedBy: props.warnings.length ? warningsId : undefined,
    onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group, not a landmark.
    <section
      className="translation-row translation-row--field"
      aria-labelledby={`${id}-title`}
      role="group"
    >
      <div className="translation-row__title">
        <h3 id={`${id}-title`}>{label}</h3>
      </div>
      <div className="translation-row__source" lang={props.sourceLanguage}>
        <p className="translation-row__side">{t('te.side.source')}</p>
        <p className="source-block">{props.source || t('editor.value.none')}</p>
      </div>
      <div className="translation-row__target">
        {LONG.includes(props.name) ? (
          <TextAreaField {...input} rows={2} />
        ) : (
          <TextInput {...input} />
        )}
        <GlossaryWarnings warnings={props.value.trim() ? props.warnings : []} id={warningsId} />
        {props.editable && props.source ? (
          <div className="row-actions translation-row__actions">
            <button type="button" onClick={() => props.onChange(props.source)}>
              {t('te.row.copySource')}
            </button>
          </div>
        ) : null}
      </div>
      <div className="translation-row__help">
        <MemoryMatches
          matches={props.suggestions?.matches ?? []}
          targetLanguage={props.targetLanguage}
          readOnly={!props.editable}
          onUse={(html) => props.onChange(inlineToText(html))}
        />
        <GlossaryTerms terms={props.suggestions?.terms ?? []} />
        <CommentThread
          comments={props.comments}
          blockId={props.name}
          place={label}
          actions={props.commentActions}
        />
      </div>
    </section>
  );
}
