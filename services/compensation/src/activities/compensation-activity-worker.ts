import { Injectable } from '@nestjs/common';
import { TaskQueues } from '@harbour/contracts';
import { ServiceActivityWorker } from '@harbour/service-runtime';
import { CompensationConfig } from '../compensation-config';
import { ChaseDecidingAuthority } from '../cross-border/chase-deciding-authority';
import { TransmitClaim } from '../cross-border/transmit-claim';
import { createCompensationActivities } from './compensation-activities';

/** Serves the compensation activities on the service's task queue. */
@Injectable()
export class CompensationActivityWorker extends ServiceActivityWorker {
  constructor(
    private readonly config: CompensationConfig,
    private readonly transmitClaim: TransmitClaim,
    private readonly chaseDecidingAuthority: ChaseDecidingAuthority,
  ) {
    super();
  }

  get taskQueue(): string {
    return this.config.COMPENSATION_TASK_QUEUE ?? TaskQueues.compensation;
  }

  protected activities() {
    return createCompensationActivities({ transmitClaim: this.transmitClaim, chaseDecidingAuthority: this.chaseDecidingAuthority });
  }
}
