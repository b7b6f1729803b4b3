import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { urlencoded } from 'express';
import path from 'node:path';
import { JourneyFactTopics, Topics } from '@harbour/contracts';
import { eventConsumerProvider, MessagingModule } from '@harbour/messaging';
import { MongoModule } from '@harbour/persistence';
import { AuditLogModule, SecurityModule } from '@harbour/security';
import { HealthModule, KafkaBrokerCheck, loadConfig, MongoConnectionCheck, provideConfig } from '@harbour/service-runtime';
import { operationsAssetsFolder } from './assets-folder';
import { ConsoleController } from './console/console.controller';
import { ConsoleTexts } from './console/console-texts';
import { DeadLetterDesk } from './dead-letters/dead-letter-desk';
import { DeadLetters } from './dead-letters/dead-letters';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { ParkDeadLetters } from './dead-letters/park-dead-letters';
import { JourneyDirectory } from './journeys/journey-directory';
import { MonitoringController } from './monitoring/monitoring.controller';
import { MonitoringReport } from './monitoring/monitoring-report';
import { JourneyViews } from './journeys/journey-views';
import { JourneysController } from './journeys/journeys.controller';
import { ObligationCancellation } from './journeys/obligation-cancellation';
import { RecordJourneyFact } from './journeys/record-journey-fact';
import { OperationsConfig } from './operations-config';

/** The read model is fed by every service's facts and the journey's own outcomes. */
export const OperationsFactTopics: readonly string[] = [...JourneyFactTopics, Topics.journey];

@Module({
  imports: [
    MongoModule.forService('operations'),
    MessagingModule.forRoot({ clientId: 'operations' }),
    SecurityModule.forRoot(),
    AuditLogModule,
    HealthModule.withChecks([MongoConnectionCheck, KafkaBrokerCheck]),
  ],
  controllers: [JourneysController, DeadLettersController, MonitoringController, ConsoleController],
  providers: [
    provideConfig(OperationsConfig),
    { provide: ConsoleTexts, useFactory: () => ConsoleTexts.load(path.join(operationsAssetsFolder(), 'texts')) },
    JourneyViews,
    JourneyDirectory,
    ObligationCancellation,
    RecordJourneyFact,
    DeadLetters,
    DeadLetterDesk,
    MonitoringReport,
    ParkDeadLetters,
    eventConsumerProvider({
      groupId: loadConfig(OperationsConfig).OPERATIONS_CONSUMER_GROUP ?? 'operations',
      topics: OperationsFactTopics,
      handler: RecordJourneyFact,
      dedupe: true,
      // One journey's facts arrive on several topics; one partition at a time keeps its writes in turn.
      partitionsConsumedConcurrently: 1,
    }),
  ],
})
export class OperationsModule implements NestModule {
  /** The console's sign-in and dead-letter actions are plain HTML forms; only those routes read form bodies, and small ones. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(urlencoded({ extended: false, limit: '16kb' })).forRoutes('console/session', 'console/dead-letters/*path');
  }
}
