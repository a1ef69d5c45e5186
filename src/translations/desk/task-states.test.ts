import { describe, expect, it } from 'vitest';
import { ALLOWED_FROM, nextStatus, TASK_STEPS, type TaskStep } from './task-states.ts';
import { TASK_STATUSES, type TaskStatus } from './translation-task.ts';

/** The state machine written out as the table the desk follows: step × status → where it leads. */
const EXPECTED: Record<TaskStep, Partial<Record<TaskStatus, TaskStatus>>> = {
  claim: { open: 'claimed' },
  assign: { open: 'claimed', claimed: 'claimed' },
  release: { claimed: 'open' },
  start: { claimed: 'claimed' },
  save: { claimed: 'claimed', in_review: 'in_review', approved: 'approved' },
  mark: { claimed: 'claimed', in_review: 'in_review', approved: 'approved' },
  submit: { claimed: 'in_review' },
  comment: { claimed: 'claimed', in_review: 'in_review', approved: 'approved' },
  'send-back': { in_review: 'claimed', approved: 'claimed' },
  approve: { in_review: 'approved' },
  publish: { approved: 'published' },
  decline: { open: 'declined', claimed: 'declined', in_review: 'declined', approved: 'declined' },
  update: { published: 'claimed' },
  edit: {
    open: 'open',
    claimed: 'claimed',
    in_review: 'in_review',
    approved: 'approved',
    published: 'published',
  },
};

describe('the translation task state machine', () => {
  it.each(TASK_STEPS)(
    '%s: allowed exactly from the statuses of the table, leading where it says',
    (step) => {
      for (const status of TASK_STATUSES) {
        expect(nextStatus(step, status), `${step} from ${status}`).toBe(
          EXPECTED[step][status] ?? null,
        );
        expect(ALLOWED_FROM[step].includes(status)).toBe(EXPECTED[step][status] !== undefined);
      }
    },
  );

  it('lets nothing but an edit happen to a published task, except starting its update', () => {
    const fromPublished = TASK_STEPS.filter((step) => nextStatus(step, 'published') !== null);
    expect(fromPublished).toEqual(['update', 'edit']);
  });

  it('ends a declined task for good', () => {
    expect(TASK_STEPS.filter((step) => nextStatus(step, 'declined') !== null)).toEqual([]);
  });

  it('returns a declined update to its published state, not to declined', () => {
    expect(nextStatus('decline', 'claimed', { isUpdate: true })).toBe('published');
    expect(nextStatus('decline', 'in_review', { isUpdate: true })).toBe('published');
    expect(nextStatus('decline', 'claimed', { isUpdate: false })).toBe('declined');
  });
});
