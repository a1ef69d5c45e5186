import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { useLoad } from '../components/use-load.ts';
import { useT } from '../i18n/i18n.tsx';
import { ConfirmDialog } from '../manage/dialog.tsx';
import { FailureMessage, StatusLine } from '../manage/feedback.tsx';
import { LoadFailure } from '../manage/load-failure.tsx';
import { RowButton } from '../manage/table-parts.tsx';
import { useSubmit } from '../manage/use-submit.ts';
import { useNetworkEditions } from '../republication/content-api.ts';
import {
  ChangeKindBadge,
  CorrectionNotes,
  SourceChanges,
} from '../republication/source-changes.tsx';
import {
  applySourceUpdate,
  dismissSourceUpdate,
  needsReview,
  onSourceUpdatesChanged,
} from '../republication/source-updates-api.ts';
import type { SourceUpdate, SourceUpdateDetail } from '../republication/types.ts';
import { Link } from '../router.tsx';
import '../republication/republication.css';

/** One copy whose original changed: what changed, and apply or dismiss. */
function UpdateItem(props: {
  update: SourceUpdate;
  sourceEdition: string;
  siteId: string;
  busy: boolean;
  onApply(update: SourceUpdate, detail: SourceUpdateDetail | null): void;
  onDismiss(update: SourceUpdate): void;
}) {
  const t = useT();
  const { update } = props;
  const [open, setOpen] = useState(false);
  const detail = useLoad<SourceUpdateDetail | null>(
    () =>
      open
        ? api<SourceUpdateDetail>('GET', `/articles/${update.articleId}/source-update`)
        : Promise.resolve(null),
    [open, update.articleId, update.currentRevision],
  );
  const changesId = `changes-${update.articleId}`;
  return (
    <li className="source-update" aria-labelledby={`update-${update.articleId}`}>
      <h3 id={`update-${update.articleId}`}>
        <Link to={`/sites/${props.siteId}/articles/${update.articleId}`}>{update.headline}</Link>
      </h3>
      <p>
        <ChangeKindBadge kind={update.changeKind} />{' '}
        {t('republication.updates.original', {
          headline: update.source.headline,
          edition: props.sourceEdition,
        })}
      </p>
      <p className="hint">{t('republication.updates.saves', { count: update.revisions.length })}</p>
      <CorrectionNotes update={update} />
      <div className="actions">
        <RowButton
          label={open ? t('republication.updates.hide') : t('republication.updates.show')}
          row={update.headline}
          aria-expanded={open}
          aria-controls={open ? changesId : undefined}
          onClick={() => setOpen(!open)}
        />
        <RowButton
          label={t('republication.updates.apply')}
          row={update.headline}
          className="primary"
          aria-disabled={props.busy || undefined}
          onClick={() => props.busy || props.onApply(update, detail.data)}
        />
        <RowButton
          label={t('republication.updates.dismiss')}
          row={update.headline}
          aria-disabled={props.busy || undefined}
          onClick={() => props.busy || props.onDismiss(update)}
        />
      </div>
      {open ? (
        <div id={changesId}>
          <LoadFailure error={detail.error} retry={detail.reload} />
          {detail.data ? <SourceChanges detail={detail.data} /> : <p>{t('app.loading')}</p>}
        </div>
      ) : null}
    </li>
  );
}

/**
 * The copies on this edition whose original (on a sister edition) changed since: each with
 * what changed, word by word, and the choice to apply it or keep the copy as it is. Typo fixes
 * of an original are offered apart, without an alert.
 */
export function SourceUpdates(props: { siteId: string }) {
  const t = useT();
  const editions = useNetworkEditions();
  const list = useLoad(
    () => api<SourceUpdate[]>('GET', `/sites/${props.siteId}/source-updates`),
    [props.siteId],
  );
  // Applied or dismissed elsewhere (the editor's banner): the list follows.
  const { reload } = list;
  useEffect(() => onSourceUpdatesChanged(() => void reload()), [reload]);
  const action = useSubmit();
  const [confirming, setConfirming] = useState<SourceUpdate | null>(null);
  const updates = list.data ?? [];
  const review = updates.filter(needsReview);
  const typos = updates.filter((update) => update.state === 'available' && update.minor);
  const editionName = (siteId: string) =>
    editions.find((edition) => edition.id === siteId)?.name ??
    t('republication.origin.sisterEdition');

  const settle = (update: SourceUpdate) => {
    list.setData(updates.filter((item) => item.articleId !== update.articleId));
    requestAnimationFrame(() => document.getElementById('source-updates-title')?.focus());
  };
  const apply = async (update: SourceUpdate) => {
    setConfirming(null);
    const done = await action.run(
      () => applySourceUpdate(update.articleId),
      t('republication.updates.appliedTo', { headline: update.headline }),
    );
    if (done) settle(update);
  };
  const askToApply = async (update: SourceUpdate, known: SourceUpdateDetail | null) => {
    // Applying replaces the copy's text: when its editors changed it, that is asked first.
    const found: { detail: SourceUpdateDetail | null } = { detail: known };
    if (!found.detail) {
      await action.run(async () => {
        found.detail = await api<SourceUpdateDetail>(
          'GET',
          `/articles/${update.articleId}/source-update`,
        );
      }, '');
    }
    if (!found.detail) return;
    if (found.detail.overwritesLocalEdits) setConfirming(update);
    else await apply(update);
  };
  const dismiss = async (update: SourceUpdate) => {
    const done = await action.run(
      () => dismissSourceUpdate(update.articleId, update.currentRevision),
      t('republication.updates.dismissedFor', { headline: update.headline }),
    );
    if (done) settle(update);
  };

  const items = (found: SourceUpdate[]) => (
    <ul className="plain-list source-update-list">
      {found.map((update) => (
        <UpdateItem
          key={update.articleId}
          update={update}
          sourceEdition={editionName(update.source.siteId)}
          siteId={props.siteId}
          busy={action.busy}
          onApply={(chosen, detail) => void askToApply(chosen, detail)}
          onDismiss={(chosen) => void dismiss(chosen)}
        />
      ))}
    </ul>
  );

  return (
    <section className="manage source-updates">
      <h1 id="source-updates-title" tabIndex={-1}>
        {t('republication.updates.title')}
      </h1>
      <p className="lede">{t('republication.updates.lede')}</p>
      <LoadFailure error={list.error} retry={list.reload} />
      {list.loading && !list.data ? <p>{t('app.loading')}</p> : null}
      <FailureMessage form={action} />
      <StatusLine message={action.status} />
      {list.data ? (
        <>
          <section aria-labelledby="review-title" className="manage-block">
            <h2 id="review-title">{t('republication.updates.review', { count: review.length })}</h2>
            {review.length === 0 ? <p>{t('republication.updates.noneToReview')}</p> : items(review)}
          </section>
          {typos.length > 0 ? (
            <section aria-labelledby="typos-title" className="manage-block">
              <h2 id="typos-title">{t('republication.updates.typos', { count: typos.length })}</h2>
              <p className="hint">{t('republication.updates.typosHint')}</p>
              {items(typos)}
            </section>
          ) : null}
        </>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('republication.updates.confirmTitle', { headline: confirming.headline })}
          message={<p>{t('republication.updates.overwrites')}</p>}
          confirm={t('republication.updates.confirmApply')}
          busy={action.busy}
          onConfirm={() => void apply(confirming)}
          onCancel={() => setConfirming(null)}
          fallbackFocus="#source-updates-title"
        />
      ) : null}
    </section>
  );
}
