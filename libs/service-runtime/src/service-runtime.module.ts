import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { MetricsController } from './metrics/metrics.controller';

/** The service's name ("reporting", …), injectable anywhere in its application. */
export const SERVICE_NAME = 'HARBOUR_SERVICE_NAME';
const SHUTDOWN_TASK = 'HARBOUR_SHUTDOWN_TASK';

/** Runs after every module has shut down, e.g. to flush the last spans. */
@Injectable()
class ShutdownTask implements OnApplicationShutdown {
  constructor(@Inject(SHUTDOWN_TASK) private readonly task: (() => Promise<void>) | undefined) {}

  async onApplicationShutdown(): Promise<void> {
    await this.task?.();
  }
}

/** What the runtime itself adds to a service's application. */
@Module({})
export class ServiceRuntimeModule {
  static forService(name: string, onShutdown?: () => Promise<void>): DynamicModule {
    return {
      module: ServiceRuntimeModule,
      global: true,
      controllers: [MetricsController],
      providers: [{ provide: SERVICE_NAME, useValue: name }, { provide: SHUTDOWN_TASK, useValue: onShutdown }, ShutdownTask],
      exports: [SERVICE_NAME],
    };
  }
}
