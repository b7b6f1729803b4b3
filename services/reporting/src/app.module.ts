import { Module } from '@nestjs/common';
import { CrimeTypes, ReportChannels } from '@harbour/contracts';
import { MessagingModule } from '@harbour/messaging';
import { MongoModule } from '@harbour/persistence';
import { SecurityModule } from '@harbour/security';
import { HealthModule, MongoConnectionCheck, ReferenceModule } from '@harbour/service-runtime';
import { REPORT_MODEL } from './reports/report.schema';
import { ReportsModule } from './reports/reports.module';

@Module({
  imports: [
    MongoModule.forService('reporting'),
    MessagingModule.forRoot({ clientId: 'reporting', outboxModels: [REPORT_MODEL] }),
    SecurityModule.forRoot(),
    HealthModule.withChecks([MongoConnectionCheck]),
    ReferenceModule.forContext({
      context: 'reporting',
      roles: ['first-responder', 'prosecutor-liaison'],
      vocabularies: { reportChannels: ReportChannels, crimeTypes: CrimeTypes },
    }),
    ReportsModule,
  ],
})
export class ReportingModule {}
