import { Module } from '@nestjs/common';
import { MongoModule } from '@harbour/persistence';
import { SecurityModule } from '@harbour/security';
import { HealthModule, MongoConnectionCheck, ReferenceModule } from '@harbour/service-runtime';

@Module({
  imports: [
    MongoModule.forService('protection'),
    SecurityModule.forRoot(),
    HealthModule.withChecks([MongoConnectionCheck]),
    ReferenceModule.forContext({
      context: 'protection',
      roles: ['protection-officer'],
      vocabularies: {},
    }),
  ],
})
export class ProtectionModule {}
