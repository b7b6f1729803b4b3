import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { Client } from '@temporalio/client';
import { repoRoot } from '@harbour/temporal';

/** What one stage of the bench measured. */
export interface StageFigures {
  count: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** Throughput and latency percentiles of items that took `latencies` (ms) in `seconds` of wall time. */
export function figuresOf(latencies: number[], seconds: number): StageFigures {
  const count = latencies.length;
  return { count, seconds, perSecond: count / seconds, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), p99Ms: percentile(latencies, 99) };
}

/**
 * Runs `count` items with at most `inFlight` of them under way at any moment (a closed loop:
 * a slot takes the next item when its current one is done). Each item resolves to its own
 * latency in milliseconds; throughput is items over the wall time of the whole loop.
 */
export async function closedLoop(count: number, inFlight: number, item: (index: number) => Promise<number>): Promise<StageFigures> {
  const latencies: number[] = [];
  let next = 0;
  const slot = async () => {
    while (next < count) latencies.push(await item(next++));
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, slot));
  return figuresOf(latencies, (performance.now() - started) / 1000);
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Milliseconds since `started` (a `performance.now()` reading). */
export const since = (started: number): number => performance.now() - started;

/** A topic, group, database or task queue name no other run shares. */
export function benchName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/**
 * Polls `check` every `intervalMs` until it returns true; a check that throws counts as "not
 * yet". Throws with `description` after `timeoutMs`, so nothing waits for ever.
 */
export async function pollUntil(
  check: () => Promise<boolean>,
  { description, intervalMs, timeoutMs }: { description: string; intervalMs: number; timeoutMs: number },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  for (;;) {
    try {
      if (await check()) return;
      last = 'not yet';
    } catch (error) {
      last = messageOf(error);
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${description} (${last})`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Promises that settle when something with their key is seen, e.g. a record by its event id. */
export class Arrivals {
  private readonly waiting = new Map<string, () => void>();

  expect(key: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(key);
        reject(new Error(`${key} not seen within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(key, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  arrived(key: string): void {
    const resolve = this.waiting.get(key);
    this.waiting.delete(key);
    resolve?.();
  }
}

/** Steps that release what a stage acquired, run newest first, each at most once. */
export class Teardown {
  private readonly steps: { what: string; step: () => Promise<unknown> }[] = [];

  add(what: string, step: () => Promise<unknown>): void {
    this.steps.push({ what, step });
  }

  async run(): Promise<void> {
    for (;;) {
      const next = this.steps.pop();
      if (!next) return;
      await next.step().catch((error: unknown) => console.error(`bench: could not ${next.what}: ${messageOf(error)}`));
    }
  }
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Terminates workflows by id, a few at a time; one that already ended is no error. */
export async function terminateAll(client: Client, workflowIds: string[], inFlight = 16): Promise<void> {
  let next = 0;
  const slot = async () => {
    while (next < workflowIds.length) {
      await client.workflow.getHandle(workflowIds[next++]).terminate('benchmark finished').catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, slot));
}

/** A file under the state folder of the servers deploy/local started (`HARBOUR_STATE`). */
export function serverStateFile(...parts: string[]): string {
  return path.join(process.env.HARBOUR_STATE ?? path.join(repoRoot(), '.harbour', 'state'), ...parts);
}

/** Megabytes of the files that exist among these; 0 when none does. */
export function megabytesOf(files: string[]): number {
  return files.reduce((sum, file) => {
    try {
      return sum + statSync(file).size / 1_048_576;
    } catch {
      return sum;
    }
  }, 0);
}
