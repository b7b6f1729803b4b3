import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { TaskQueues } from '@harbour/contracts';
import { RunningWorker, runActivityWorker } from '@harbour/temporal';
import { IssueAcknowledgement } from '../acknowledgements/issue-acknowledgement';
import { ReportingConfig } from '../reporting-config';
import { createReportingActivities } from './reporting-activities';

/** Serves the reporting activities on the service's task queue for as long as the application runs. */
@Injectable()
export class ReportingActivityWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReportingActivityWorker.name);
  private worker?: RunningWorker;

  constructor(
    private readonly config: ReportingConfig,
    private readonly issueAcknowledgement: IssueAcknowledgement,
  ) {}

  get taskQueue(): string {
    return this.config.REPORTING_TASK_QUEUE ?? TaskQueues.reporting;
  }

  async onApplicationBootstrap(): Promise<void> {
    const worker = await runActivityWorker({ taskQueue: this.taskQueue, activities: createReportingActivities({ issueAcknowledgement: this.issueAcknowledgement }) });
    worker.stopped.catch((error: unknown) =>
      this.logger.error(`activity worker on ${worker.taskQueue} stopped: ${error instanceof Error ? error.message : String(error)}`),
    );
    this.worker = worker;
  }

  /** Before the database closes, so that activities in flight finish their writes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.shutdown();
    this.worker = undefined;
  }
}
