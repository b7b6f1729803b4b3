import { Injectable } from '@nestjs/common';
import { TaskQueues } from '@harbour/contracts';
import { ServiceActivityWorker } from '@harbour/service-runtime';
import { IdentificationConfig } from '../identification-config';
import { OpenDecisionTask } from '../nrm-referrals/open-decision-task';
import { createIdentificationActivities } from './identification-activities';

/** Serves the identification activities on the service's task queue. */
@Injectable()
export class IdentificationActivityWorker extends ServiceActivityWorker {
  constructor(
    private readonly config: IdentificationConfig,
    private readonly openDecisionTask: OpenDecisionTask,
  ) {
    super();
  }

  get taskQueue(): string {
    return this.config.IDENTIFICATION_TASK_QUEUE ?? TaskQueues.identification;
  }

  protected activities() {
    return createIdentificationActivities({ openDecisionTask: this.openDecisionTask });
  }
}
