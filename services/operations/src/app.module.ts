import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { urlencoded } from 'express';
import path from 'node:path';
import { JourneyFactTopics, Topics } from '@harbour/contracts';
import { eventConsumerProvider, MessagingModule } from '@harbour/messaging';
import { MongoModule } from '@harbour/persistence';
import { SecurityModule } from '@harbour/security';
import { HealthModule, loadConfig, MongoConnectionCheck, provideConfig } from '@harbour/service-runtime';
import { operationsAssetsFolder } from './assets-folder';
import { ConsoleController } from './console/console.controller';
import { ConsoleTexts } from './console/console-texts';
import { JourneyDirectory } from './journeys/journey-directory';
import { JourneyViews } from './journeys/journey-views';
import { JourneysController } from './journeys/journeys.controller';
import { RecordJourneyFact } from './journeys/record-journey-fact';
import { OperationsConfig } from './operations-config';

/** The read model is fed by every service's facts and the journey's own outcomes. */
export const OperationsFactTopics: readonly string[] = [...JourneyFactTopics, Topics.journey];

@Module({
  imports: [
    MongoModule.forService('operations'),
    MessagingModule.forRoot({ clientId: 'operations' }),
    SecurityModule.forRoot(),
    HealthModule.withChecks([MongoConnectionCheck]),
  ],
  controllers: [JourneysController, ConsoleController],
  providers: [
    provideConfig(OperationsConfig),
    { provide: ConsoleTexts, useFactory: () => ConsoleTexts.load(path.join(operationsAssetsFolder(), 'texts')) },
    JourneyViews,
    JourneyDirectory,
    RecordJourneyFact,
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
  /** The console's sign-in is a plain HTML form; only that route reads form bodies, and small ones. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(urlencoded({ extended: false, limit: '16kb' })).forRoutes('console/session');
  }
}
