import { proxyActivities } from '@temporalio/workflow';
import type { ComplaintAcknowledgementResult, IssueComplaintAcknowledgementCommand, ReportingActivities } from '@harbour/contracts';

/** Asks for the written acknowledgement the way a journey does: through Temporal, on the reporting worker's task queue. */
export async function acknowledgeThroughTemporal(reportingTaskQueue: string, command: IssueComplaintAcknowledgementCommand): Promise<ComplaintAcknowledgementResult> {
  const reporting = proxyActivities<ReportingActivities>({ taskQueue: reportingTaskQueue, startToCloseTimeout: '1 minute', retry: { maximumAttempts: 3 } });
  return reporting.issueComplaintAcknowledgement(command);
}
