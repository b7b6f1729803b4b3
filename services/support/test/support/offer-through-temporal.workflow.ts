import { proxyActivities } from '@temporalio/workflow';
import type { OfferReferralCommand, ReferralOfferResult, SupportActivities } from '@harbour/contracts';

/** Calls offerReferral the way the journey does: through Temporal, on the support worker's task queue. */
export async function offerThroughTemporal(supportTaskQueue: string, command: OfferReferralCommand): Promise<ReferralOfferResult | null> {
  const support = proxyActivities<SupportActivities>({ taskQueue: supportTaskQueue, startToCloseTimeout: '1 minute', retry: { maximumAttempts: 3 } });
  return support.offerReferral(command);
}
