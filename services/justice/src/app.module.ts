import { Module } from '@nestjs/common';
import { MongoModule } from '@harbour/persistence';
import { SecurityModule } from '@harbour/security';
import { HealthModule, MongoConnectionCheck, ReferenceModule } from '@harbour/service-runtime';

@Module({
  imports: [
    MongoModule.forService('justice'),
    SecurityModule.forRoot(),
    HealthModule.withChecks([MongoConnectionCheck]),
    ReferenceModule.forContext({
      context: 'justice',
      roles: ['prosecutor-liaison'],
      vocabularies: {},
    }),
  ],
})
export class JusticeModule {}
