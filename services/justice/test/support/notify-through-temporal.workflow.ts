import { proxyActivities } from '@temporalio/workflow';
import type { JusticeActivities, NonPunishmentNotice, NotifyProsecutionOfNonPunishmentCommand } from '@harbour/contracts';

/** Calls notifyProsecutionOfNonPunishment the way a journey would: through Temporal, on the justice worker's task queue. */
export async function notifyThroughTemporal(justiceTaskQueue: string, command: NotifyProsecutionOfNonPunishmentCommand): Promise<NonPunishmentNotice> {
  const justice = proxyActivities<JusticeActivities>({ taskQueue: justiceTaskQueue, startToCloseTimeout: '1 minute', retry: { maximumAttempts: 3 } });
  return justice.notifyProsecutionOfNonPunishment(command);
}
