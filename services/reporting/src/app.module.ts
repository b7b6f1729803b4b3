import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CrimeTypes, ReportChannels } from '@harbour/contracts';
import { MessagingModule } from '@harbour/messaging';
import { MongoModule } from '@harbour/persistence';
import { AuditLogModule, JOURNEY_PARTICIPANTS_MODEL, ParticipationModule, SecurityModule } from '@harbour/security';
import { HealthModule, KafkaBrokerCheck, MongoConnectionCheck, provideConfig, ReferenceModule } from '@harbour/service-runtime';
import path from 'node:path';
import { AcknowledgementsController } from './acknowledgements/acknowledgements.controller';
import { IssueAcknowledgement } from './acknowledgements/issue-acknowledgement';
import { RecordAcknowledgementTranslation } from './acknowledgements/record-acknowledgement-translation';
import { ReportingActivityWorker } from './activities/reporting-activity-worker';
import { AnonymousCases } from './anonymous-reports/anonymous-cases';
import { AnonymousCasesController } from './anonymous-reports/anonymous-cases.controller';
import { AnonymousRateLimitGuard } from './anonymous-reports/anonymous-rate-limit.guard';
import { ANONYMOUS_REPORT_MODEL, AnonymousReportSchema } from './anonymous-reports/anonymous-report.schema';
import { AnonymousReporterController } from './anonymous-reports/anonymous-reporter.controller';
import { ConvertAnonymousReport } from './anonymous-reports/convert-anonymous-report';
import { SubmitAnonymousReport } from './anonymous-reports/submit-anonymous-report';
import { reportingAssetsFolder } from './assets-folder';
import { ReportPageController } from './report-page/report-page.controller';
import { ReportingConfig } from './reporting-config';
import { JourneyLinkSchema, JOURNEY_LINK_MODEL } from './reports/journey-link.schema';
import { JourneyLinks } from './reports/journey-links';
import { ReceiveReport } from './reports/receive-report';
import { ReportAccess } from './reports/report-access';
import { REPORT_MODEL, ReportSchema } from './reports/report.schema';
import { ReportsController } from './reports/reports.controller';
import { ResidencyStatuses } from './reports/residency-statuses';
import { TransmissionsController } from './transmissions/transmissions.controller';
import { TransmitComplaint } from './transmissions/transmit-complaint';
import { VictimTexts } from './victim-texts/victim-texts';

@Module({
  imports: [
    MongoModule.forService('reporting'),
    MongooseModule.forFeature([
      { name: REPORT_MODEL, schema: ReportSchema },
      { name: JOURNEY_LINK_MODEL, schema: JourneyLinkSchema },
      { name: ANONYMOUS_REPORT_MODEL, schema: AnonymousReportSchema },
    ]),
    MessagingModule.forRoot({ clientId: 'reporting', outboxModels: [REPORT_MODEL, ANONYMOUS_REPORT_MODEL, JOURNEY_PARTICIPANTS_MODEL] }),
    SecurityModule.forRoot(),
    ParticipationModule.forService({ context: 'reporting', records: { report: ReportAccess } }),
    AuditLogModule,
    HealthModule.withChecks([MongoConnectionCheck, KafkaBrokerCheck]),
    ReferenceModule.forContext({
      context: 'reporting',
      roles: ['first-responder', 'prosecutor-liaison'],
      vocabularies: { reportChannels: ReportChannels, crimeTypes: CrimeTypes, residencyStatuses: ResidencyStatuses },
    }),
  ],
  // The sender's static routes (/anonymous-reports/follow-up, …) come before the responders' /anonymous-reports/:reportId.
  controllers: [
    ReportPageController,
    ReportsController,
    TransmissionsController,
    AcknowledgementsController,
    AnonymousReporterController,
    AnonymousCasesController,
  ],
  providers: [
    provideConfig(ReportingConfig),
    { provide: VictimTexts, useFactory: () => VictimTexts.load(path.join(reportingAssetsFolder(), 'texts')) },
    JourneyLinks,
    ReceiveReport,
    ReportAccess,
    TransmitComplaint,
    IssueAcknowledgement,
    RecordAcknowledgementTranslation,
    ReportingActivityWorker,
    AnonymousRateLimitGuard,
    SubmitAnonymousReport,
    AnonymousCases,
    ConvertAnonymousReport,
  ],
})
export class ReportingModule {}
