import { Module } from '@nestjs/common';
import { CrimeTypes } from '@harbour/contracts';
import { MongoModule } from '@harbour/persistence';
import { SecurityModule } from '@harbour/security';
import { HealthModule, MongoConnectionCheck, ReferenceModule } from '@harbour/service-runtime';

@Module({
  imports: [
    MongoModule.forService('identification'),
    SecurityModule.forRoot(),
    HealthModule.withChecks([MongoConnectionCheck]),
    ReferenceModule.forContext({
      context: 'identification',
      roles: ['first-responder', 'nrm-decision-maker'],
      vocabularies: { crimeTypes: CrimeTypes },
    }),
  ],
})
export class IdentificationModule {}
