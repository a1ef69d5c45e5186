import { useState } from 'react';
import type { ArticleListItem } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { RowButton } from '../manage/table-parts.tsx';
import { useSession } from '../session.tsx';
import { deskRights } from './desk-access.ts';
import { RequestTranslationDialog } from './request-translation.tsx';
import { useNetworkEditions } from './use-network-editions.ts';

/**
 * The translation desk's part of an article list row: asking for a translation of a
 * published article, for those who may ask. What happened is said in the row itself.
 */
export function ArticleRowActions(props: { item: ArticleListItem; siteId: string }) {
  const t = useT();
  const { session, sites } = useSession();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  // Asked once for the whole list, so the dialog lists the editions from the start.
  useNetworkEditions();
  const { item } = props;
  if (item.status !== 'published' || item.deletedAt) return null;
  if (!deskRights(session, sites, props.siteId).manage) return null;
  return (
    <>
      <RowButton
        label={t('desk.request.open')}
        row={item.headline}
        onClick={() => {
          setDone('');
          setOpen(true);
        }}
      />
      {/* Polite, without the status role: the list has one status line of its own. */}
      <span className="status-line" aria-live="polite">
        {done}
      </span>
      {open ? (
        <RequestTranslationDialog
          article={{
            id: item.id,
            headline: item.headline,
            siteId: props.siteId,
            language: item.language,
          }}
          onClose={() => setOpen(false)}
          onRequested={(_task, edition) => {
            setOpen(false);
            setDone(t('desk.request.done', { edition: edition?.name ?? '' }));
          }}
        />
      ) : null}
    </>
  );
}
