import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RunningWorker, runActivityWorker } from '@harbour/temporal';
import { JusticeConfig, justiceSettings } from '../justice-config';
import { NotifyProsecution } from '../non-punishment/notify-prosecution';
import { createJusticeActivities } from './justice-activities';

/** Serves the justice activities on the service's task queue for as long as the application runs. */
@Injectable()
export class JusticeActivityWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JusticeActivityWorker.name);
  private worker?: RunningWorker;
  readonly taskQueue: string;

  constructor(
    config: JusticeConfig,
    private readonly notifyProsecution: NotifyProsecution,
  ) {
    this.taskQueue = justiceSettings(config).taskQueue;
  }

  async onApplicationBootstrap(): Promise<void> {
    const activities = createJusticeActivities({ notifyProsecution: this.notifyProsecution });
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
