/** How often and how far apart a webhook delivery is tried before it is dead-lettered. */
export interface RetrySchedule {
  /** Tries in all, the first one included; after the last failed try the delivery is dead. */
  maxAttempts: number;
  /** Wait after the first failed try; each further wait doubles it. */
  firstDelayMs: number;
  /** No wait is longer than this. */
  maxDelayMs: number;
  /** Each wait is spread by ±this fraction, so receivers coming back are not hit all at once. */
  jitter: number;
}

/** Ten tries over about two hours: waits of 15 s, 30 s, 1 min … 64 min (15 s × 511 ≈ 2 h 8 min in all). */
export const PRODUCTION_RETRY_SCHEDULE: RetrySchedule = { maxAttempts: 10, firstDelayMs: 15_000, maxDelayMs: 3_600_000 * 2, jitter: 0.2 };

/**
 * The wait after `failedAttempts` failed tries (1 after the first), exponential with jitter;
 * undefined when that was the last try.
 */
export function retryDelayMs(failedAttempts: number, schedule: RetrySchedule, random: () => number = Math.random): number | undefined {
  if (failedAttempts >= schedule.maxAttempts) return undefined;
  const base = Math.min(schedule.maxDelayMs, schedule.firstDelayMs * 2 ** (failedAttempts - 1));
  return Math.round(base * (1 - schedule.jitter + 2 * schedule.jitter * random()));
}
