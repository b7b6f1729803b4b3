import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RunningWorker, runActivityWorker } from '@harbour/temporal';

/**
 * Serves a service's Temporal activities on its own task queue for as long as the application
 * runs. A service names its queue and builds its activities from its use cases.
 */
export abstract class ServiceActivityWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  private worker?: RunningWorker;

  abstract get taskQueue(): string;

  protected abstract activities(): object;

  async onApplicationBootstrap(): Promise<void> {
    const worker = await runActivityWorker({ taskQueue: this.taskQueue, activities: this.activities() });
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
