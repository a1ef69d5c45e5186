import { useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { Block } from '../api/types.ts';
import { DiffText } from '../editor/diff-text.tsx';
import { blockText, blockTypeLabel, fieldLabel } from '../editor/field-values.ts';
import { useT } from '../i18n/i18n.tsx';
import type { SourceDiff, TaskDetail } from './types.ts';

/*
 * When the original changed after the revision the translation follows: a banner, and on
 * request what changed, block by block, each changed block's words marked (<ins>/<del>, read
 * without colour) next to the translation that renders it.
 */

const TEXT_FIELDS = new Set(['kicker', 'headline', 'dek', 'socialTitle', 'socialDescription']);

function TranslationOf(props: { ids: string[]; body: Block[]; language: string }) {
  const t = useT();
  const blocks = props.ids.flatMap((id) => props.body.filter((block) => block.id === id));
  if (!blocks.length) return <p className="hint">{t('te.diff.noTranslation')}</p>;
  return (
    <div lang={props.language}>
      {blocks.map((block) => (
        <p key={block.id}>{blockText(block)}</p>
      ))}
    </div>
  );
}

/** What changed in the source between two revisions, beside the translation. */
export function SourceChanges(props: {
  diff: SourceDiff;
  body: Block[];
  sourceLanguage: string;
  targetLanguage: string;
}) {
  const t = useT();
  const { diff } = props;
  const changes = diff.blocks.filter((change) => change.kind !== 'same');
  const unchanged = diff.blocks.length - changes.length;
  const fields = diff.fields.filter((field) => field.field !== 'origin');
  return (
    <section className="source-diff" aria-labelledby="source-diff-title" tabIndex={-1}>
      <h2 id="source-diff-title">{t('te.diff.title', { from: diff.from, to: diff.to })}</h2>
      {!changes.length && !fields.length ? <p>{t('editor.revisions.noDifference')}</p> : null}
      {fields.length ? (
        <dl className="revision-diff__fields">
          {fields.map((field) => (
            <div key={field.field}>
              <dt>{fieldLabel(t, field.field)}</dt>
              <dd lang={props.sourceLanguage}>
                {field.words && TEXT_FIELDS.has(field.field) ? (
                  <DiffText parts={field.words} />
                ) : (
                  t('te.diff.fieldChanged')
                )}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {unchanged ? (
        <p className="hint">
          {unchanged === 1
            ? t('editor.revisions.unchangedOne')
            : t('editor.revisions.unchanged', { count: unchanged })}
        </p>
      ) : null}
      <ol className="revision-diff__blocks">
        {changes.map((change) => {
          const block = change.kind === 'changed' ? change.after : change.block;
          return (
            <li
              key={`${change.kind}-${change.id}`}
              className={`revision-diff__block revision-diff__block--${change.kind}`}
            >
              <p className="revision-diff__label">
                {blockTypeLabel(t, block)} · {t(`te.diff.${change.kind}`)}
              </p>
              <div className="source-diff__pair">
                <div lang={props.sourceLanguage}>
                  <p className="translation-row__side">{t('te.diff.sourceNow')}</p>
                  {change.kind === 'changed' ? (
                    <DiffText parts={change.words} />
                  ) : (
                    <DiffText
                      parts={[
                        {
                          op: change.kind === 'added' ? 'added' : 'removed',
                          text: blockText(block) || '—',
                        },
                      ]}
                    />
                  )}
                </div>
                <div>
                  <p className="translation-row__side">{t('te.side.translation')}</p>
                  <TranslationOf
                    ids={diff.translationBlocks[change.id] ?? []}
                    body={props.body}
                    language={props.targetLanguage}
                  />
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The banner of an outdated translation (or an update under way), with what changed. */
export function OutdatedBanner(props: {
  detail: TaskDetail;
  body: Block[];
  targetLanguage: string;
}) {
  const t = useT();
  const { task, source } = props.detail;
  const [diff, setDiff] = useState<SourceDiff | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const updating = task.workingCopy !== null;
  if (!task.outdated && !updating) return null;
  const pinned = source.pinned?.revision ?? 0;

  const toggle = async () => {
    if (open) {
      setOpen(false);
      return;
    }
    setError(null);
    try {
      setDiff(await api<SourceDiff>('GET', `/translation-tasks/${task.id}/source-diff`));
      setOpen(true);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.source-diff')?.focus());
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : t('manage.unreachable'));
    }
  };

  return (
    <>
      <section
        className={`notice ${updating ? 'notice--info' : 'notice--warn'}`}
        aria-labelledby="outdated-title"
      >
        <h2 id="outdated-title">
          {updating ? t('te.outdated.updatingTitle') : t('te.outdated.title')}
        </h2>
        <p>
          {updating
            ? t('te.outdated.updating', {
                from: pinned,
                to: task.workingCopy?.sourceRevision ?? source.article.revision,
              })
            : task.status === 'published'
              ? t('te.outdated.published', { from: pinned, to: source.article.revision })
              : t('te.outdated.inWork', { from: pinned, to: source.article.revision })}
        </p>
        <div className="row-actions">
          <button type="button" aria-expanded={open} onClick={() => void toggle()}>
            {t('te.outdated.show')}
          </button>
        </div>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
      </section>
      {open && diff ? (
        <SourceChanges
          diff={diff}
          body={props.body}
          sourceLanguage={source.article.language}
          targetLanguage={props.targetLanguage}
        />
      ) : null}
    </>
  );
}
