/** The wait after a first failed try. */
export const FIRST_RETRY_MS = 30_000;
/** The longest wait between two tries. */
export const MAX_RETRY_MS = 6 * 60 * 60 * 1000;
/** How far a wait may stray from the exact doubling, either way. */
export const JITTER = 0.2;

/**
 * How long to wait after failed try number `attempt` (from 1): 30 s, 1 min, 2 min… doubling up
 * to 6 hours, each ±20 % at random so jobs that failed together (a receiver down) do not all
 * come back at the same second. `random` gives a number in [0, 1); 0.5 means no jitter.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const exact = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  const factor = 1 + JITTER * (2 * random() - 1);
  return Math.round(exact * factor);
}
