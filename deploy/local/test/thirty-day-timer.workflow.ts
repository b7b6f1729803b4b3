import { sleep } from '@temporalio/workflow';

/** Sleeps one durable 30-day timer and reports the workflow clock before and after. */
export async function thirtyDayTimer(): Promise<{ startedAt: number; wokeAt: number }> {
  const startedAt = Date.now();
  await sleep('30 days');
  return { startedAt, wokeAt: Date.now() };
}
