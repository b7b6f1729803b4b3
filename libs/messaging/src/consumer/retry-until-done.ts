import { KafkaJSError } from 'kafkajs';

export interface RetryPolicy {
  /** First back-off; doubled after every failure up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { initialDelayMs: 200, maxDelayMs: 30_000 };

/**
 * Thrown out of a retry loop when the consumer stops, so the record stays uncommitted. A
 * (retriable) KafkaJSError, so kafkajs treats it as part of shutting down rather than a crash.
 */
export class ConsumerStoppingError extends KafkaJSError {
  constructor() {
    super('consumer is stopping; the record will be delivered again');
  }
}

// Longest stretch between two heartbeats while waiting, well below the session timeout.
const HEARTBEAT_SLICE_MS = 1_000;

/**
 * Runs `work` until it succeeds, backing off exponentially between attempts and keeping the
 * group membership alive meanwhile. A failure in Harbour's own code must never drop or
 * dead-letter a fact: the record is retried until it passes or the consumer stops.
 */
export async function retryUntilDone<T>(
  work: () => Promise<T>,
  options: {
    policy: RetryPolicy;
    signal: AbortSignal;
    heartbeat: () => Promise<void>;
    onFailure: (error: unknown, attempt: number, delayMs: number) => void;
  },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    if (options.signal.aborted) throw new ConsumerStoppingError();
    try {
      return await work();
    } catch (error) {
      const delayMs = Math.min(options.policy.initialDelayMs * 2 ** (attempt - 1), options.policy.maxDelayMs);
      options.onFailure(error, attempt, delayMs);
      await waitWithHeartbeats(delayMs, options.signal, options.heartbeat);
    }
  }
}

async function waitWithHeartbeats(delayMs: number, signal: AbortSignal, heartbeat: () => Promise<void>): Promise<void> {
  const until = Date.now() + delayMs;
  while (!signal.aborted && Date.now() < until) {
    await abortableDelay(Math.min(HEARTBEAT_SLICE_MS, until - Date.now()), signal);
    if (!signal.aborted) await heartbeat();
  }
}

function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
