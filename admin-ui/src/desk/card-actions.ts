import type { DeskRights } from './desk-access.ts';
import type { TaskCard } from './desk-types.ts';

/** What a card's buttons ask the board to do. */
export type CardAction = 'claim' | 'update' | 'assign' | 'release' | 'decline' | 'edit';

/** The steps the user may take on a task in its state (the server has the last word). */
export function cardActions(card: TaskCard, rights: DeskRights, userId: string): CardAction[] {
  const mine = card.assignee?.id === userId;
  const actions: CardAction[] = [];
  if (card.status === 'open' && rights.claim) actions.push('claim');
  if (card.status === 'published' && card.outdated && rights.claim) actions.push('update');
  if (rights.manage && (card.status === 'open' || card.status === 'claimed')) {
    actions.push('assign');
  }
  if (card.status === 'claimed' && (mine || rights.manage)) actions.push('release');
  if (rights.manage && ['open', 'claimed', 'in_review', 'approved'].includes(card.status)) {
    actions.push('decline');
  }
  if (rights.manage) actions.push('edit');
  return actions;
}

/** Whether the user may open the task in the translation editor. */
export function mayOpen(card: TaskCard, rights: DeskRights, userId: string): boolean {
  if (card.status === 'open') return false;
  return rights.manage || card.assignee?.id === userId;
}
