export interface WaitForOptions {
  /** What is awaited, in words; the timeout error starts with it. */
  description: string;
  timeoutMs?: number;
  intervalMs?: number;
}

type Pending = false | null | undefined;

/**
 * Polls `check` until it returns something other than false, null or undefined, and returns
 * that. A check that throws counts as "not yet". Bounded: after `timeoutMs` it throws with the
 * description and the last value or error, so a failing test says what it was waiting for.
 */
export async function waitFor<T>(
  check: () => T | Pending | Promise<T | Pending>,
  { description, timeoutMs = 20_000, intervalMs = 100 }: WaitForOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: string = 'no attempt finished';
  for (;;) {
    const remaining = deadline - Date.now();
    try {
      const value = await withinTime(Promise.resolve(check()), remaining);
      if (value !== false && value !== null && value !== undefined) return value;
      last = `last value: ${String(value)}`;
    } catch (error) {
      last = `last error: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${description} (${last})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A check that hangs must not stretch the wait past its bound. */
function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`check still running after ${ms} ms`)), Math.max(ms, 0));
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}
