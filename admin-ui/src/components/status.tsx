import type { ArticleStatus } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';

/** An article's status as a labelled badge. */
export function StatusBadge(props: { status: ArticleStatus; trashed?: boolean }) {
  const t = useT();
  const status = props.trashed ? 'trash' : props.status;
  return <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>;
}

/** A date and time in the interface language. */
export function When(props: { iso: string | null; language: string }) {
  if (!props.iso) return null;
  const date = new Date(props.iso);
  return (
    <time dateTime={props.iso}>
      {new Intl.DateTimeFormat(props.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        date,
      )}
    </time>
  );
}
