import { Injectable } from '@nestjs/common';
import { ServiceActivityWorker } from '@harbour/service-runtime';
import { JusticeConfig, justiceSettings } from '../justice-config';
import { NotifyProsecution } from '../non-punishment/notify-prosecution';
import { createJusticeActivities } from './justice-activities';

/** Serves the justice activities on the service's task queue. */
@Injectable()
export class JusticeActivityWorker extends ServiceActivityWorker {
  constructor(
    private readonly config: JusticeConfig,
    private readonly notifyProsecution: NotifyProsecution,
  ) {
    super();
  }

  get taskQueue(): string {
    return justiceSettings(this.config).taskQueue;
  }

  protected activities() {
    return createJusticeActivities({ notifyProsecution: this.notifyProsecution });
  }
}
