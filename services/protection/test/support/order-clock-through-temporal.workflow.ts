import { proxyActivities } from '@temporalio/workflow';
import type { ExpireOrderCommand, ProtectionActivities, RemindOrderRenewalCommand } from '@harbour/contracts';

/** Calls the protection activities the way the journey's expiry clock does: through Temporal, on the protection worker's task queue. */
export async function orderClockThroughTemporal(protectionTaskQueue: string, reminder: RemindOrderRenewalCommand, expiry: ExpireOrderCommand): Promise<void> {
  const protection = proxyActivities<ProtectionActivities>({ taskQueue: protectionTaskQueue, startToCloseTimeout: '1 minute', retry: { maximumAttempts: 3 } });
  await protection.remindOrderRenewal(reminder);
  await protection.expireOrder(expiry);
}
