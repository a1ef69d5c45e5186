import { useEffect, useRef, useState } from 'react';
import { ApiError, api, query } from '../api/client.ts';
import { useLoad } from '../components/use-load.ts';
import { boardQuery, filtersFromQuery, localToday, queryOfFilters } from '../desk/board-filters.ts';
import { BoardFiltersForm } from '../desk/board-filters-form.tsx';
import type { CardAction } from '../desk/card-actions.ts';
import { type DeskRights, deskRights } from '../desk/desk-access.ts';
import { DeskHeader } from '../desk/desk-tabs.tsx';
import { BOARD_COLUMNS, type Board, type BoardColumn, type TaskCard } from '../desk/desk-types.ts';
import { TaskCardView } from '../desk/task-card.tsx';
import { AssignDialog, DeclineDialog, EditTaskDialog } from '../desk/task-dialogs.tsx';
import { useNetworkEditions } from '../desk/use-network-editions.ts';
import { useT } from '../i18n/i18n.tsx';
import { StatusLine } from '../manage/feedback.tsx';
import { LoadFailure } from '../manage/load-failure.tsx';
import { useScreenQuery } from '../manage/screen-query.ts';
import { VisuallyHidden } from '../manage/visually-hidden.tsx';
import { navigate } from '../router.tsx';
import { useSession } from '../session.tsx';

type Notice = { text: string; error: boolean } | null;

/** One column of the board: its heading with the count, and its cards as a list. */
function BoardColumnView(props: {
  column: BoardColumn;
  cards: TaskCard[];
  count: number;
  siteId: string;
  rights: DeskRights;
  userId: string;
  today: string;
  busy: string | null;
  onAction(action: CardAction, card: TaskCard): void;
}) {
  const t = useT();
  const headingId = `desk-column-${props.column}`;
  return (
    <section className={`desk-column desk-column--${props.column}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`desk.column.${props.column}`)}{' '}
        <span className="desk-count" aria-hidden="true">
          {props.count}
        </span>
        <VisuallyHidden>{t('desk.column.count', { count: props.count })}</VisuallyHidden>
      </h2>
      {props.cards.length < props.count ? (
        <p className="hint">
          {t('desk.column.newest', { shown: props.cards.length, count: props.count })}
        </p>
      ) : null}
      {props.cards.length === 0 ? (
        <p className="desk-empty">{t('desk.column.empty')}</p>
      ) : (
        <ol className="desk-cards">
          {props.cards.map((card) => (
            <li key={card.id}>
              <TaskCardView
                card={card}
                siteId={props.siteId}
                rights={props.rights}
                userId={props.userId}
                today={props.today}
                busy={props.busy === card.id}
                onAction={props.onAction}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * An edition's translation desk: the tasks by column (open, claimed, in review, approved,
 * published, outdated) with their counts, the filters in the address, and each task's steps.
 */
export function TranslationDesk(props: { siteId: string }) {
  const t = useT();
  const { session, sites } = useSession();
  const userId = session?.user.id ?? '';
  const site = sites.find((candidate) => candidate.id === props.siteId);
  const rights = deskRights(session, sites, props.siteId);
  const filters = filtersFromQuery(useScreenQuery());
  const address = queryOfFilters(filters);
  const editions = useNetworkEditions();
  const board = useLoad(
    () =>
      api<Board>(
        'GET',
        `/sites/${props.siteId}/translation-desk${query(boardQuery(filters, userId))}`,
      ),
    [props.siteId, address, userId],
  );
  // Colleagues move tasks too: coming back to the window shows the desk as it is now.
  const { reload } = board;
  useEffect(() => {
    const again = () => void reload();
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, [reload]);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{
    kind: 'assign' | 'decline' | 'edit';
    card: TaskCard;
  } | null>(null);
  const alertBox = useRef<HTMLDivElement>(null);
  // A refused step: the card may have moved to another column, so the focus goes to what
  // happened instead of getting lost.
  useEffect(() => {
    if (notice?.error) alertBox.current?.focus();
  }, [notice]);
  const today = localToday();

  const fail = (card: TaskCard, failure: unknown) => {
    let text = t('manage.unreachable');
    if (failure instanceof ApiError) {
      const assignee = failure.details.assignee as { name?: string } | null | undefined;
      text = assignee?.name
        ? t('desk.claimedBy', { name: assignee.name })
        : (failure.issueAt('status') ?? failure.message);
    }
    setNotice({ text: `${card.source.headline}: ${text}`, error: true });
    void board.reload();
  };

  const step = async (card: TaskCard, path: string, then: () => void) => {
    setBusy(card.id);
    setNotice(null);
    try {
      await api('POST', `/translation-tasks/${card.id}/${path}`);
      then();
    } catch (failure) {
      fail(card, failure);
    } finally {
      setBusy(null);
    }
  };

  const onAction = (action: CardAction, card: TaskCard) => {
    const editor = `/sites/${props.siteId}/translations/${card.id}`;
    switch (action) {
      case 'assign':
      case 'decline':
      case 'edit':
        setNotice(null);
        setDialog({ kind: action, card });
        return;
      case 'claim':
      case 'update':
        void step(card, action, () => navigate(editor));
        return;
      case 'release':
        void step(card, 'release', () => {
          setNotice({
            text: t('desk.release.done', { headline: card.source.headline }),
            error: false,
          });
          void board.reload();
        });
        return;
    }
  };

  const done = (message: string) => {
    setDialog(null);
    setNotice({ text: message, error: false });
    void board.reload();
  };

  const languages = [
    ...new Set([
      site?.language ?? '',
      filters.language,
      ...BOARD_COLUMNS.flatMap((column) =>
        (board.data?.columns[column] ?? []).map((card) => card.targetLanguage),
      ),
    ]),
  ].filter(Boolean);
  const total = board.data
    ? BOARD_COLUMNS.reduce((sum, column) => sum + (board.data?.counts[column] ?? 0), 0)
    : 0;

  return (
    <section className="desk" aria-labelledby="desk-title">
      <DeskHeader siteId={props.siteId} current="board" title={t('desk.title')} />
      <p className="lede">{t('desk.lede')}</p>
      <BoardFiltersForm
        filters={filters}
        languages={languages}
        editions={editions ?? []}
        onChange={(next) =>
          navigate(`/sites/${props.siteId}/desk${queryOfFilters(next)}`, { replace: true })
        }
      />
      <LoadFailure error={board.error} retry={() => void board.reload()} />
      {notice?.error ? (
        <div className="form-error" role="alert" tabIndex={-1} ref={alertBox}>
          <p>{notice.text}</p>
        </div>
      ) : null}
      <StatusLine message={notice && !notice.error ? notice.text : ''} />
      {board.data ? (
        <>
          <p className="count" aria-live="polite">
            {t('desk.total', { count: total })}
          </p>
          <div className="desk-board" aria-busy={board.loading || undefined}>
            {BOARD_COLUMNS.map((column) => (
              <BoardColumnView
                key={column}
                column={column}
                cards={board.data?.columns[column] ?? []}
                count={board.data?.counts[column] ?? 0}
                siteId={props.siteId}
                rights={rights}
                userId={userId}
                today={today}
                busy={busy}
                onAction={onAction}
              />
            ))}
          </div>
        </>
      ) : board.loading ? (
        <p>{t('app.loading')}</p>
      ) : null}
      {dialog?.kind === 'assign' ? (
        <AssignDialog
          card={dialog.card}
          siteId={props.siteId}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      ) : null}
      {dialog?.kind === 'decline' ? (
        <DeclineDialog card={dialog.card} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <EditTaskDialog card={dialog.card} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
    </section>
  );
}
