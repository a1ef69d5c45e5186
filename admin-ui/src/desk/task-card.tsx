import { useLanguage, useT } from '../i18n/i18n.tsx';
import { RowButton } from '../manage/table-parts.tsx';
import { VisuallyHidden } from '../manage/visually-hidden.tsx';
import { Link } from '../router.tsx';
import { isOverdue } from './board-filters.ts';
import { type CardAction, cardActions, mayOpen } from './card-actions.ts';
import type { DeskRights } from './desk-access.ts';
import type { TaskCard } from './desk-types.ts';
import { useLanguageName } from './use-network-editions.ts';

/** A day ('YYYY-MM-DD') in the interface language, without a time. */
export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(
    new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1),
  );
}

/**
 * One task on the desk: the source's headline, where it comes from and goes to, section,
 * priority, due date (late ones said so), who has it, its flags, and the steps the user may take.
 */
export function TaskCardView(props: {
  card: TaskCard;
  siteId: string;
  rights: DeskRights;
  userId: string;
  today: string;
  busy: boolean;
  onAction(action: CardAction, card: TaskCard): void;
}) {
  const t = useT();
  const language = useLanguage();
  const languageName = useLanguageName();
  const { card } = props;
  const headingId = `task-${card.id}`;
  const late = isOverdue(card.dueOn, props.today) && card.status !== 'published';
  const actions = cardActions(card, props.rights, props.userId);
  const row = card.source.headline;
  return (
    <article className={`desk-card desk-card--${card.priority}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="desk-card__headline" lang={card.source.language}>
        {card.source.headline}
      </h3>
      <p className="desk-card__route">
        {t('desk.card.route', {
          edition: card.source.siteName,
          from: languageName(card.source.language),
          to: languageName(card.targetLanguage),
        })}
      </p>
      <dl className="desk-card__facts">
        {card.source.section ? (
          <div>
            <dt>{t('desk.card.section')}</dt>
            <dd>{card.source.section.name}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('desk.field.priority')}</dt>
          <dd>
            <span className={`desk-priority desk-priority--${card.priority}`}>
              {t(`desk.priority.${card.priority}`)}
            </span>
          </dd>
        </div>
        {card.dueOn ? (
          <div>
            <dt>{t('desk.card.due')}</dt>
            <dd className={late ? 'desk-card__late' : undefined}>
              {late
                ? t('desk.card.overdue', { day: formatDay(card.dueOn, language) })
                : formatDay(card.dueOn, language)}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('desk.card.assignee')}</dt>
          <dd>{card.assignee ? card.assignee.name : t('desk.card.nobody')}</dd>
        </div>
      </dl>
      {card.outdated || card.isUpdate || card.machineDrafted > 0 || card.jointStatementId ? (
        <ul className="desk-badges">
          {card.outdated ? (
            <li className="badge badge--outdated">{t('desk.badge.outdated')}</li>
          ) : null}
          {card.isUpdate ? <li className="badge badge--update">{t('desk.badge.update')}</li> : null}
          {card.machineDrafted > 0 ? (
            <li className="badge badge--machine">
              {t('desk.badge.machine', { count: card.machineDrafted })}
            </li>
          ) : null}
          {card.jointStatementId ? (
            <li className="badge badge--statement">
              <Link to={`/sites/${props.siteId}/joint-statements/${card.jointStatementId}`}>
                {t('desk.badge.statement')}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      {card.notes ? <p className="desk-card__notes">{card.notes}</p> : null}
      <div className="actions desk-card__actions">
        {mayOpen(card, props.rights, props.userId) ? (
          <Link className="button small" to={`/sites/${props.siteId}/translations/${card.id}`}>
            {t('desk.action.open')}
            <VisuallyHidden>: {row}</VisuallyHidden>
          </Link>
        ) : null}
        {actions.map((action) => (
          <RowButton
            key={action}
            label={t(`desk.action.${action}`)}
            row={row}
            className={action === 'claim' || action === 'update' ? 'primary' : undefined}
            aria-disabled={props.busy || undefined}
            data-action={action}
            onClick={() => props.busy || props.onAction(action, card)}
          />
        ))}
      </div>
    </article>
  );
}
