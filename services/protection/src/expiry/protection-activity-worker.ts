import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { TaskQueues } from '@harbour/contracts';
import { RunningWorker, runActivityWorker } from '@harbour/temporal';
import { ProtectionConfig } from '../protection-config';
import { ExpireOrder } from './expire-order';
import { createProtectionActivities } from './protection-activities';
import { RemindOrderRenewal } from './remind-order-renewal';

/** Serves the protection activities on the service's task queue for as long as the application runs. */
@Injectable()
export class ProtectionActivityWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProtectionActivityWorker.name);
  private worker?: RunningWorker;

  constructor(
    private readonly config: ProtectionConfig,
    private readonly expireOrder: ExpireOrder,
    private readonly remindOrderRenewal: RemindOrderRenewal,
  ) {}

  get taskQueue(): string {
    return this.config.PROTECTION_TASK_QUEUE ?? TaskQueues.protection;
  }

  async onApplicationBootstrap(): Promise<void> {
    const activities = createProtectionActivities({ expireOrder: this.expireOrder, remindOrderRenewal: this.remindOrderRenewal });
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
