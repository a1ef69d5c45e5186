import { describe, expect, it } from 'vitest';
import { deskRights, mayEditText, mayStep, type Step } from './desk-rights.ts';
import type { Task } from './types.ts';

const task = (status: Task['status'], assigneeId: string | null = 'tom'): Task =>
  ({ status, assigneeId, targetArticleId: 'a1' }) as Task;
const steps: Step[] = [
  'claim',
  'start',
  'release',
  'submit',
  'comment',
  'sendBack',
  'approve',
  'publish',
  'update',
  'decline',
];
const offered = (t: Task, rights: ReturnType<typeof deskRights>, user: string) =>
  steps.filter((step) => mayStep(t, rights, user, step));

describe('the desk steps the editor offers', () => {
  const translator = deskRights(new Set(['translator']), false);
  const manager = deskRights(new Set(['translation-manager']), false);
  const author = deskRights(new Set(['author']), false);

  it('gives translators their own work only, and nothing to authors', () => {
    expect(offered(task('open', null), translator, 'tom')).toEqual(['claim']);
    expect(offered(task('claimed'), translator, 'tom')).toEqual(['release', 'submit', 'comment']);
    expect(offered(task('claimed'), translator, 'olga')).toEqual([]);
    expect(offered(task('in_review'), translator, 'tom')).toEqual(['comment']);
    expect(offered(task('published'), translator, 'olga')).toEqual(['update']);
    expect(offered(task('open', null), author, 'ann')).toEqual([]);
  });

  it('gives managers the review, and publication once approved', () => {
    expect(offered(task('in_review'), manager, 'mia')).toEqual([
      'comment',
      'sendBack',
      'approve',
      'decline',
    ]);
    expect(offered(task('approved'), manager, 'mia')).toEqual([
      'comment',
      'sendBack',
      'publish',
      'decline',
    ]);
  });

  it('opens the text to the assignee while claimed, and to a reviewer who asks to fix it', () => {
    expect(mayEditText(task('claimed'), translator, 'tom', false)).toBe(true);
    expect(mayEditText(task('in_review'), translator, 'tom', true)).toBe(false);
    expect(mayEditText(task('in_review'), manager, 'mia', false)).toBe(false);
    expect(mayEditText(task('in_review'), manager, 'mia', true)).toBe(true);
    expect(
      mayEditText({ ...task('claimed'), targetArticleId: null }, translator, 'tom', false),
    ).toBe(false);
  });
});
