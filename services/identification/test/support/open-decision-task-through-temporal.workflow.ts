import { proxyActivities } from '@temporalio/workflow';
import type { DecisionTaskOpened, IdentificationActivities, OpenDecisionTaskCommand } from '@harbour/contracts';

/** Calls openDecisionTask the way a journey does: through Temporal, on the identification worker's task queue. */
export async function openDecisionTaskThroughTemporal(identificationTaskQueue: string, command: OpenDecisionTaskCommand): Promise<DecisionTaskOpened> {
  const identification = proxyActivities<IdentificationActivities>({ taskQueue: identificationTaskQueue, startToCloseTimeout: '1 minute', retry: { maximumAttempts: 3 } });
  return identification.openDecisionTask(command);
}
