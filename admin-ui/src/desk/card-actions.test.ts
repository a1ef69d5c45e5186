import { describe, expect, it } from 'vitest';
import { cardActions, mayOpen } from './card-actions.ts';
import type { TaskCard } from './desk-types.ts';

const card = (overrides: Partial<TaskCard>): TaskCard =>
  ({ id: 't', status: 'open', outdated: false, assignee: null, ...overrides }) as TaskCard;
const translator = { claim: true, manage: false, subscriptions: false };
const manager = { claim: true, manage: true, subscriptions: true };
const ana = { id: 'ana', name: 'Ana Souza' };

describe('the steps a card offers', () => {
  it('lets a translator claim an open task, and release only their own', () => {
    expect(cardActions(card({}), translator, 'ana')).toEqual(['claim']);
    expect(cardActions(card({ status: 'claimed', assignee: ana }), translator, 'ana')).toEqual([
      'release',
    ]);
    expect(cardActions(card({ status: 'claimed', assignee: ana }), translator, 'ben')).toEqual([]);
  });

  it('lets a manager assign, release, decline and edit', () => {
    expect(cardActions(card({}), manager, 'mia')).toEqual(['claim', 'assign', 'decline', 'edit']);
    expect(cardActions(card({ status: 'claimed', assignee: ana }), manager, 'mia')).toEqual([
      'assign',
      'release',
      'decline',
      'edit',
    ]);
    expect(cardActions(card({ status: 'published' }), manager, 'mia')).toEqual(['edit']);
  });

  it('offers the update of a published translation whose source changed', () => {
    expect(cardActions(card({ status: 'published', outdated: true }), translator, 'ana')).toEqual([
      'update',
    ]);
  });

  it('opens the translation editor for the assignee and managers, once someone works on it', () => {
    expect(mayOpen(card({}), manager, 'mia')).toBe(false);
    expect(mayOpen(card({ status: 'in_review', assignee: ana }), translator, 'ana')).toBe(true);
    expect(mayOpen(card({ status: 'in_review', assignee: ana }), translator, 'ben')).toBe(false);
    expect(mayOpen(card({ status: 'approved', assignee: ana }), manager, 'mia')).toBe(true);
  });
});
