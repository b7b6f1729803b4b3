import { Injectable } from '@nestjs/common';
import { TaskQueues } from '@harbour/contracts';
import { ServiceActivityWorker } from '@harbour/service-runtime';
import { IssueAcknowledgement } from '../acknowledgements/issue-acknowledgement';
import { ReportingConfig } from '../reporting-config';
import { createReportingActivities } from './reporting-activities';

/** Serves the reporting activities on the service's task queue. */
@Injectable()
export class ReportingActivityWorker extends ServiceActivityWorker {
  constructor(
    private readonly config: ReportingConfig,
    private readonly issueAcknowledgement: IssueAcknowledgement,
  ) {
    super();
  }

  get taskQueue(): string {
    return this.config.REPORTING_TASK_QUEUE ?? TaskQueues.reporting;
  }

  protected activities() {
    return createReportingActivities({ issueAcknowledgement: this.issueAcknowledgement });
  }
}
