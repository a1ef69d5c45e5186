import type { Block, RevisionDiff } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { DiffText } from './diff-text.tsx';
import { blockText, blockTypeLabel, fieldLabel } from './field-values.ts';

type BlockChange = RevisionDiff['blocks'][number];

/** Runs of unchanged blocks folded together, so a diff shows what changed. */
function foldUnchanged(
  blocks: BlockChange[],
): (BlockChange | { kind: 'unchanged'; count: number; id: string })[] {
  const out: (BlockChange | { kind: 'unchanged'; count: number; id: string })[] = [];
  for (const change of blocks) {
    const last = out.at(-1);
    if (change.kind === 'same') {
      if (last?.kind === 'unchanged') last.count++;
      else out.push({ kind: 'unchanged', count: 1, id: change.id });
    } else out.push(change);
  }
  return out;
}

function WholeBlock(props: { block: Block; kind: 'added' | 'removed' }) {
  const text = blockText(props.block);
  return <DiffText parts={[{ op: props.kind, text: text || '—' }]} />;
}

/** What changed between two revisions: the fields that changed, then the body block by block. */
export function RevisionDiffView(props: {
  diff: RevisionDiff;
  describe(field: string, value: unknown): string;
  /** The heading, when the diff is not between two revisions of one article. */
  title?: string;
}) {
  const t = useT();
  const { diff } = props;
  const blocks = foldUnchanged(diff.blocks);
  const bodyChanged = diff.blocks.some((block) => block.kind !== 'same');
  return (
    <div className="revision-diff">
      <h3>{props.title ?? t('editor.revisions.diffTitle', { from: diff.from, to: diff.to })}</h3>
      {!diff.fields.length && !bodyChanged ? <p>{t('editor.revisions.noDifference')}</p> : null}
      {diff.fields.length ? (
        <dl className="revision-diff__fields">
          {diff.fields.map((field) => (
            <div key={field.field}>
              <dt>{fieldLabel(t, field.field)}</dt>
              <dd>
                {field.words ? (
                  <DiffText parts={field.words} />
                ) : (
                  <DiffText
                    parts={[
                      { op: 'removed', text: props.describe(field.field, field.before) },
                      { op: 'same', text: ' → ' },
                      { op: 'added', text: props.describe(field.field, field.after) },
                    ]}
                  />
                )}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {bodyChanged ? (
        <>
          <h4>{t('editor.field.body')}</h4>
          <ol className="revision-diff__blocks">
            {blocks.map((change) => {
              if (change.kind === 'unchanged') {
                return (
                  <li key={`same-${change.id}`} className="revision-diff__same">
                    {change.count === 1
                      ? t('editor.revisions.unchangedOne')
                      : t('editor.revisions.unchanged', { count: change.count })}
                  </li>
                );
              }
              const block = change.kind === 'changed' ? change.after : change.block;
              const kindLabel = t(
                `editor.revisions.block.${change.kind as 'added' | 'removed' | 'changed'}`,
              );
              return (
                <li
                  key={`${change.kind}-${change.id}`}
                  className={`revision-diff__block revision-diff__block--${change.kind}`}
                >
                  <p className="revision-diff__label">
                    {blockTypeLabel(t, block)} · {kindLabel}
                  </p>
                  {change.kind === 'changed' ? (
                    <>
                      <DiffText parts={change.words} />
                      {change.words.every((part) => part.op === 'same') ? (
                        <p className="hint">{t('editor.revisions.formatOnly')}</p>
                      ) : null}
                    </>
                  ) : (
                    <WholeBlock
                      block={change.block}
                      kind={change.kind === 'added' ? 'added' : 'removed'}
                    />
                  )}
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </div>
  );
}
