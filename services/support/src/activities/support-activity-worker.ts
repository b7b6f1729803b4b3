import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { TaskQueues } from '@harbour/contracts';
import { RunningWorker, runActivityWorker } from '@harbour/temporal';
import { OfferReferral } from '../referrals/offer-referral';
import { WithdrawReferral } from '../referrals/withdraw-referral';
import { SupportConfig } from '../support-config';
import { createSupportActivities } from './support-activities';

/** Serves the support activities on the service's task queue for as long as the application runs. */
@Injectable()
export class SupportActivityWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SupportActivityWorker.name);
  private worker?: RunningWorker;

  constructor(
    private readonly config: SupportConfig,
    private readonly offerReferral: OfferReferral,
    private readonly withdrawReferral: WithdrawReferral,
  ) {}

  get taskQueue(): string {
    return this.config.SUPPORT_TASK_QUEUE ?? TaskQueues.support;
  }

  async onApplicationBootstrap(): Promise<void> {
    const activities = createSupportActivities({ offerReferral: this.offerReferral, withdrawReferral: this.withdrawReferral });
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
