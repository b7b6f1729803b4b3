import { Injectable } from '@nestjs/common';
import { TaskQueues } from '@harbour/contracts';
import { ServiceActivityWorker } from '@harbour/service-runtime';
import { OfferReferral } from '../referrals/offer-referral';
import { WithdrawReferral } from '../referrals/withdraw-referral';
import { SupportConfig } from '../support-config';
import { createSupportActivities } from './support-activities';

/** Serves the support activities on the service's task queue. */
@Injectable()
export class SupportActivityWorker extends ServiceActivityWorker {
  constructor(
    private readonly config: SupportConfig,
    private readonly offerReferral: OfferReferral,
    private readonly withdrawReferral: WithdrawReferral,
  ) {
    super();
  }

  get taskQueue(): string {
    return this.config.SUPPORT_TASK_QUEUE ?? TaskQueues.support;
  }

  protected activities() {
    return createSupportActivities({ offerReferral: this.offerReferral, withdrawReferral: this.withdrawReferral });
  }
}
