import type { ArticleEditorModel, SaveKind } from '../editor/use-article-editor.ts';
import { useT } from '../i18n/i18n.tsx';
import { RadioGroup, TextAreaField } from '../manage/fields.tsx';
import { useUnsavedGuard } from '../manage/unsaved.ts';
import type { ChangeKind } from './types.ts';

/** The longest correction note the server takes (src/articles/change-kind.ts). */
const NOTE_MAX = 2000;
const KINDS: ChangeKind[] = ['edit', 'typo', 'correction'];

/**
 * What kind of change the next "Update" of a published article is: an ordinary edit, a typo
 * fix (translators are not alerted) or a correction (they are, and a note may tell readers on
 * every edition's version). Sent with the save, then back to an ordinary edit.
 */
export function ChangeKindField(props: { model: ArticleEditorModel }) {
  const t = useT();
  const { model } = props;
  const kind = model.saveKind;
  // A note typed and not yet sent is unsaved work like any other.
  useUnsavedGuard(kind.changeKind === 'correction' && kind.correctionNote.trim() !== '');
  const set = (next: SaveKind) => model.setSaveKind(next);
  return (
    <section className="side-section change-kind" aria-labelledby="change-kind-title">
      <h2 id="change-kind-title">{t('republication.changeKind.title')}</h2>
      <RadioGroup<ChangeKind>
        legend={t('republication.changeKind.legend')}
        name="change-kind"
        value={kind.changeKind}
        options={KINDS.map((value) => ({
          value,
          label: t(`republication.changeKind.${value}`),
          hint: t(`republication.changeKind.${value}.hint`),
        }))}
        onChange={(changeKind) =>
          set({
            changeKind,
            correctionNote: changeKind === 'correction' ? kind.correctionNote : '',
          })
        }
        error={model.fieldErrors.changeKind}
      />
      {kind.changeKind === 'correction' ? (
        <TextAreaField
          id="correction-note"
          label={t('republication.changeKind.note')}
          hint={t('republication.changeKind.noteHint')}
          value={kind.correctionNote}
          maxLength={NOTE_MAX}
          rows={3}
          lang={model.article?.language}
          onChange={(event) =>
            set({ changeKind: 'correction', correctionNote: event.target.value })
          }
          error={model.fieldErrors.correctionNote}
        />
      ) : null}
      <p className="hint">{t('republication.changeKind.sentWith')}</p>
    </section>
  );
}
