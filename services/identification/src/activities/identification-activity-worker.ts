import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { TaskQueues } from '@harbour/contracts';
import { RunningWorker, runActivityWorker } from '@harbour/temporal';
import { IdentificationConfig } from '../identification-config';
import { OpenDecisionTask } from '../nrm-referrals/open-decision-task';
import { createIdentificationActivities } from './identification-activities';

/** Serves the identification activities on the service's task queue for as long as the application runs. */
@Injectable()
export class IdentificationActivityWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(IdentificationActivityWorker.name);
  private worker?: RunningWorker;

  constructor(
    private readonly config: IdentificationConfig,
    private readonly openDecisionTask: OpenDecisionTask,
  ) {}

  get taskQueue(): string {
    return this.config.IDENTIFICATION_TASK_QUEUE ?? TaskQueues.identification;
  }

  async onApplicationBootstrap(): Promise<void> {
    const worker = await runActivityWorker({ taskQueue: this.taskQueue, activities: createIdentificationActivities({ openDecisionTask: this.openDecisionTask }) });
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
