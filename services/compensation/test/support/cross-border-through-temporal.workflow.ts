import { proxyActivities } from '@temporalio/workflow';
import type { ClaimTransmission, CompensationActivities, CompensationClaimCommand, DecidingAuthorityChase } from '@harbour/contracts';

/** Transmits a cross-border claim and chases its deciding authority the way the journey does: through Temporal, on the compensation worker's task queue. */
export async function transmitAndChaseThroughTemporal(
  compensationTaskQueue: string,
  command: CompensationClaimCommand,
): Promise<{ transmission: ClaimTransmission; chase: DecidingAuthorityChase | null }> {
  const compensation = proxyActivities<CompensationActivities>({ taskQueue: compensationTaskQueue, startToCloseTimeout: '1 minute', retry: { maximumAttempts: 3 } });
  const transmission = await compensation.transmitClaim(command);
  const chase = await compensation.chaseDecidingAuthority(command);
  return { transmission, chase };
}
