import { Module } from '@nestjs/common';
import { MongoModule } from '@harbour/persistence';
import { SecurityModule } from '@harbour/security';
import { HealthModule, MongoConnectionCheck, ReferenceModule } from '@harbour/service-runtime';

@Module({
  imports: [
    MongoModule.forService('compensation'),
    SecurityModule.forRoot(),
    HealthModule.withChecks([MongoConnectionCheck]),
    ReferenceModule.forContext({
      context: 'compensation',
      roles: ['compensation-officer'],
      vocabularies: {},
    }),
  ],
})
export class CompensationModule {}
