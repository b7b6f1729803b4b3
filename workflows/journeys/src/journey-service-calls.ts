import { CompensationActivities, JusticeActivities, ProtectionActivities, ReportingActivities, TaskQueues } from '@harbour/contracts/journey';
import { ActivityOptions, log, proxyActivities } from '@temporalio/workflow';
import { ServiceAction } from './journey-service-actions';

// Each service serves its activities on its own task queue. Retries are bounded: a call that
// cannot be made is logged, and the obligation's own clock still reminds and escalates.
const options = (taskQueue: string): ActivityOptions => ({ taskQueue, startToCloseTimeout: '1 minute', retry: { maximumInterval: '10 minutes', maximumAttempts: 20 } });
export const services = {
  reporting: proxyActivities<ReportingActivities>(options(TaskQueues.reporting)),
  justice: proxyActivities<JusticeActivities>(options(TaskQueues.justice)),
  protection: proxyActivities<ProtectionActivities>(options(TaskQueues.protection)),
  compensation: proxyActivities<CompensationActivities>(options(TaskQueues.compensation)),
};

/** Asks a service to act; the fact it publishes once it has acted is what meets the obligation. */
export async function callService(call: ServiceAction): Promise<void> {
  try {
    await askService(call);
  } catch (error) {
    log.warn('A service did not take the journey\'s request', { service: call.service, action: call.action, error: String(error) });
  }
}

function askService(call: ServiceAction): Promise<unknown> {
  switch (call.action) {
    case 'issueComplaintAcknowledgement':
      return services.reporting.issueComplaintAcknowledgement(call.command);
    case 'notifyProsecutionOfNonPunishment':
      return services.justice.notifyProsecutionOfNonPunishment(call.command);
    case 'remindOrderRenewal':
      return services.protection.remindOrderRenewal(call.command);
    case 'expireOrder':
      return services.protection.expireOrder(call.command);
    case 'transmitClaim':
      return services.compensation.transmitClaim(call.command);
  }
}
