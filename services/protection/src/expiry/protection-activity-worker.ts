import { Injectable } from '@nestjs/common';
import { TaskQueues } from '@harbour/contracts';
import { ServiceActivityWorker } from '@harbour/service-runtime';
import { ProtectionConfig } from '../protection-config';
import { ExpireOrder } from './expire-order';
import { createProtectionActivities } from './protection-activities';
import { RemindOrderRenewal } from './remind-order-renewal';

/** Serves the protection activities on the service's task queue. */
@Injectable()
export class ProtectionActivityWorker extends ServiceActivityWorker {
  constructor(
    private readonly config: ProtectionConfig,
    private readonly expireOrder: ExpireOrder,
    private readonly remindOrderRenewal: RemindOrderRenewal,
  ) {
    super();
  }

  get taskQueue(): string {
    return this.config.PROTECTION_TASK_QUEUE ?? TaskQueues.protection;
  }

  protected activities() {
    return createProtectionActivities({ expireOrder: this.expireOrder, remindOrderRenewal: this.remindOrderRenewal });
  }
}
