import { DynamicModule, Module, Type } from '@nestjs/common';
import { HealthController } from './health.controller';
import { READINESS_CHECKS, ReadinessCheck } from './readiness-check';

/** Serves the public /health route with the readiness checks the service names. */
@Module({})
export class HealthModule {
  static withChecks(checks: Type<ReadinessCheck>[]): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [...checks, { provide: READINESS_CHECKS, useFactory: (...instances: ReadinessCheck[]) => instances, inject: checks }],
    };
  }
}
