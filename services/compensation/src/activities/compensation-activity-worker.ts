import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { TaskQueues } from '@harbour/contracts';
import { RunningWorker, runActivityWorker } from '@harbour/temporal';
import { CompensationConfig } from '../compensation-config';
import { ChaseDecidingAuthority } from '../cross-border/chase-deciding-authority';
import { TransmitClaim } from '../cross-border/transmit-claim';
import { createCompensationActivities } from './compensation-activities';

/** Serves the compensation activities on the service's task queue for as long as the application runs. */
@Injectable()
export class CompensationActivityWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(CompensationActivityWorker.name);
  private worker?: RunningWorker;

  constructor(
    private readonly config: CompensationConfig,
    private readonly transmitClaim: TransmitClaim,
    private readonly chaseDecidingAuthority: ChaseDecidingAuthority,
  ) {}

  get taskQueue(): string {
    return this.config.COMPENSATION_TASK_QUEUE ?? TaskQueues.compensation;
  }

  async onApplicationBootstrap(): Promise<void> {
    const activities = createCompensationActivities({ transmitClaim: this.transmitClaim, chaseDecidingAuthority: this.chaseDecidingAuthority });
    const worker = await runActivityWorker({ taskQueue: this.taskQueue, activities });
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
