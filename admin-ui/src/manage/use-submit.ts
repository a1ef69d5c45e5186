import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';

/** The state of one form's submission: busy, what failed, what succeeded. */
export interface Submission {
  busy: boolean;
  /** The failure of the last submission, or null. */
  error: Error | null;
  /** The success message of the last submission ('' when none yet or after a failure). */
  status: string;
  /** The message the API gave for one field (or anything under it), if any. */
  issue(path: string): string | undefined;
  /** Runs `action`; on success shows `success`; on failure keeps everything the user typed. */
  run(action: () => Promise<unknown>, success: string): Promise<boolean>;
  /** Forgets the last failure and success, e.g. when the form is closed. */
  reset(): void;
}

/**
 * One form's submission state. The action's failure is kept (never thrown) so the form can show
 * it next to the fields; the form's own state is untouched, so nothing typed is lost.
 */
export function useSubmit(): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [status, setStatus] = useState('');
  // Guards against a second submission while the first is still under way (double clicks).
  const running = useRef(false);

  const run = useCallback(async (action: () => Promise<unknown>, success: string) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      await action();
      setStatus(success);
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const reset = useCallback(() => {
    setError(null);
    setStatus('');
  }, []);

  return {
    busy,
    error,
    status,
    issue: (path) => (error instanceof ApiError ? error.issueAt(path) : undefined),
    run,
    reset,
  };
}

/** The field issues of a failure that no field of the form shows (their path is not in `shown`). */
export function otherIssues(error: Error | null, shown: string[]): ApiError['issues'] {
  if (!(error instanceof ApiError)) return [];
  return error.issues.filter(
    (issue) => !shown.some((path) => issue.path === path || issue.path.startsWith(`${path}.`)),
  );
}
