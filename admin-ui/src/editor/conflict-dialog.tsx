import { useMemo, useState } from 'react';
import type { Block, DiffPart } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { type ArticleFields, fieldsOf } from './article-fields.ts';
import { Dialog } from './dialog.tsx';
import { blockText, blockTypeLabel, fieldLabel } from './field-values.ts';
import {
  allOf,
  applyMerge,
  type BlockChoice,
  type MergeChoices,
  planMerge,
  type Side,
  suggestedChoices,
} from './merge.ts';
import type { Conflict } from './use-article-editor.ts';
import { diffWords } from './word-diff.ts';

/** One version's text, with the words the other version does not have highlighted. */
function Marked(props: { parts: DiffPart[]; own: 'removed' | 'added'; label: string }) {
  const t = useT();
  return (
    <>
      {props.parts.map((part, index) => {
        const key = `${index}-${part.op}`;
        if (part.op === 'same') return <span key={key}>{part.text}</span>;
        if (part.op !== props.own) return null;
        return (
          <mark key={key} className="merge-mark">
            <span className="visually-hidden">[{props.label}: </span>
            {part.text}
            <span className="visually-hidden">{t('editor.diff.end')}</span>
          </mark>
        );
      })}
    </>
  );
}

/** Both versions of a text side by side, each with what only it has highlighted. */
function Compare(props: { theirs: string; mine: string }) {
  const t = useT();
  const parts = diffWords(props.theirs, props.mine);
  return (
    <div className="merge-compare">
      <div>
        <p className="merge-compare__who">{t('editor.conflict.theirs')}</p>
        <p className="merge-compare__text">
          {props.theirs ? (
            <Marked parts={parts} own="removed" label={t('editor.conflict.onlyTheirs')} />
          ) : (
            t('editor.value.none')
          )}
        </p>
      </div>
      <div>
        <p className="merge-compare__who">{t('editor.conflict.mine')}</p>
        <p className="merge-compare__text">
          {props.mine ? (
            <Marked parts={parts} own="added" label={t('editor.conflict.onlyMine')} />
          ) : (
            t('editor.value.none')
          )}
        </p>
      </div>
    </div>
  );
}

function SidePicker(props: {
  name: string;
  value: Side;
  onChange(side: Side): void;
  mineLabel: string;
  theirsLabel: string;
}) {
  return (
    <div className="merge-sides">
      {(['mine', 'theirs'] as const).map((side) => (
        <label key={side}>
          <input
            type="radio"
            name={props.name}
            value={side}
            checked={props.value === side}
            onChange={() => props.onChange(side)}
          />{' '}
          {side === 'mine' ? props.mineLabel : props.theirsLabel}
        </label>
      ))}
    </div>
  );
}

function blockLabels(t: ReturnType<typeof useT>, block: BlockChoice) {
  if (!block.mine)
    return { mine: t('editor.conflict.leaveOut'), theirs: t('editor.conflict.takeTheirs') };
  if (!block.theirs)
    return { mine: t('editor.conflict.keepMine'), theirs: t('editor.conflict.leaveOut') };
  return { mine: t('editor.conflict.keepMine'), theirs: t('editor.conflict.takeTheirs') };
}

/**
 * Someone else saved while this user was editing: their version and this one side by side,
 * field by field and block by block, to keep mine or take theirs for each (or for all), then
 * save on top of their revision.
 */
export function ConflictDialog(props: {
  open: boolean;
  conflict: Conflict;
  mine: ArticleFields;
  describe(field: string, value: unknown): string;
  onClose(): void;
  onSave(merged: ArticleFields): void;
}) {
  const t = useT();
  const theirs = useMemo(() => fieldsOf(props.conflict.theirs), [props.conflict.theirs]);
  const plan = useMemo(
    () => planMerge(props.mine, theirs, props.conflict.base),
    [props.mine, theirs, props.conflict.base],
  );
  const [choices, setChoices] = useState<MergeChoices>(() => suggestedChoices(plan));
  const different = plan.blocks.filter((block) => !block.same);
  const sameCount = plan.blocks.length - different.length;
  const live = props.conflict.theirs.status === 'published';

  const blockTextOf = (block: Block | null) => (block ? blockText(block) : '');

  return (
    <Dialog
      open={props.open}
      title={t('editor.conflict.title')}
      onClose={props.onClose}
      wide
      describedBy="conflict-intro"
    >
      <p id="conflict-intro">
        {t('editor.conflict.intro', { revision: props.conflict.theirs.revision })}{' '}
        {live ? t('editor.conflict.live') : t('editor.conflict.history')}
      </p>
      <div className="row-actions">
        <button type="button" onClick={() => setChoices(allOf(plan, 'mine'))}>
          {t('editor.conflict.allMine')}
        </button>
        <button type="button" onClick={() => setChoices(allOf(plan, 'theirs'))}>
          {t('editor.conflict.allTheirs')}
        </button>
        <button type="button" onClick={() => setChoices(suggestedChoices(plan))}>
          {t('editor.conflict.suggested')}
        </button>
      </div>

      {plan.fields.length ? (
        <section aria-labelledby="conflict-fields">
          <h3 id="conflict-fields">{t('editor.conflict.fields')}</h3>
          {plan.fields.map((field) => {
            const value = choices.fields[field.name] ?? field.suggested;
            return (
              <fieldset key={field.name} className="merge-item">
                <legend>{fieldLabel(t, field.name)}</legend>
                <Compare
                  theirs={props.describe(field.name, theirs[field.name])}
                  mine={props.describe(field.name, props.mine[field.name])}
                />
                <SidePicker
                  name={`merge-field-${field.name}`}
                  value={value}
                  mineLabel={t('editor.conflict.keepMine')}
                  theirsLabel={t('editor.conflict.takeTheirs')}
                  onChange={(side) =>
                    setChoices((current) => ({
                      ...current,
                      fields: { ...current.fields, [field.name]: side },
                    }))
                  }
                />
              </fieldset>
            );
          })}
        </section>
      ) : null}

      <section aria-labelledby="conflict-body">
        <h3 id="conflict-body">{t('editor.field.body')}</h3>
        {different.length ? null : <p>{t('editor.conflict.bodySame')}</p>}
        {sameCount && different.length ? (
          <p className="hint">
            {sameCount === 1
              ? t('editor.revisions.unchangedOne')
              : t('editor.revisions.unchanged', { count: sameCount })}
          </p>
        ) : null}
        {different.map((block) => {
          const shown = (block.mine ?? block.theirs) as Block;
          const position = plan.blocks.indexOf(block) + 1;
          const labels = blockLabels(t, block);
          const where = !block.mine
            ? t('editor.conflict.onlyTheirs')
            : !block.theirs
              ? t('editor.conflict.onlyMine')
              : t('editor.conflict.bothChanged');
          return (
            <fieldset key={block.id} className="merge-item">
              <legend>
                {t('editor.conflict.block', { number: position, type: blockTypeLabel(t, shown) })} ·{' '}
                {where}
              </legend>
              <Compare theirs={blockTextOf(block.theirs)} mine={blockTextOf(block.mine)} />
              <SidePicker
                name={`merge-block-${block.id}`}
                value={choices.blocks[block.id] ?? block.suggested}
                mineLabel={labels.mine}
                theirsLabel={labels.theirs}
                onChange={(side) =>
                  setChoices((current) => ({
                    ...current,
                    blocks: { ...current.blocks, [block.id]: side },
                  }))
                }
              />
            </fieldset>
          );
        })}
      </section>

      <div className="dialog__actions">
        <button
          type="button"
          className="primary"
          onClick={() => props.onSave(applyMerge(plan, props.mine, theirs, choices))}
        >
          {t('editor.conflict.save')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('editor.conflict.later')}
        </button>
      </div>
    </Dialog>
  );
}
