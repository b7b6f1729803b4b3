import { DynamicModule, Injectable, Module } from '@nestjs/common';
import { APP_INTERCEPTOR, ModuleRef } from '@nestjs/core';
import { getModelToken, MongooseModule } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CloudEvent, ParticipatingContext, Topics } from '@harbour/contracts';
import { eventConsumerProvider, HandlesEvents, OutboxRelay } from '@harbour/messaging';
import { JourneyAccess } from './journey-access';
import { ParticipationFactTypes } from './journey-participants';
import { JOURNEY_PARTICIPANTS_MODEL, journeyParticipantsSchema, JourneyParticipantsStore, ParticipantsDocument } from './journey-participants.store';
import { NationalScope, nationalScopeFromEnv } from './national-scope';
import { ParticipationInterceptor } from './participation.interceptor';
import { RecordJourneys, RecordRepositories } from './record-journeys';

export interface ParticipationOptions {
  context: ParticipatingContext | 'support';
  /** The repositories of the records named in paths (JourneyScoped from 'record'), by record kind. */
  records?: RecordRepositories;
}

/** Folds the participation facts read from Kafka into the service's projection. */
@Injectable()
class ParticipationFactHandler implements HandlesEvents {
  private readonly relevant = new Set(ParticipationFactTypes);

  constructor(private readonly store: JourneyParticipantsStore) {}

  async handle(event: CloudEvent<object>): Promise<void> {
    if (this.relevant.has(event.type)) await this.store.apply(event);
  }
}

/**
 * Participation for one service: its projection of who takes part in each journey (its own
 * collection, fed from Kafka, never a call to another service), the check the access guard
 * runs on every JourneyScoped route, and the recording of a door's caller as a participant.
 * The service lists JOURNEY_PARTICIPANTS_MODEL among its outbox models.
 */
@Module({})
export class ParticipationModule {
  static forService(options: ParticipationOptions): DynamicModule {
    // Support's own facts (the referrals) say who takes part; it publishes no participation of its own.
    const publishingContext = options.context === 'support' ? undefined : options.context;
    const groupId = process.env.HARBOUR_PARTICIPANTS_GROUP ?? `harbour-${options.context}-participants`;
    return {
      module: ParticipationModule,
      global: true,
      imports: [MongooseModule.forFeature([{ name: JOURNEY_PARTICIPANTS_MODEL, schema: journeyParticipantsSchema }])],
      providers: [
        { provide: NationalScope, useFactory: () => nationalScopeFromEnv() },
        { provide: RecordJourneys, useFactory: (moduleRef: ModuleRef) => new RecordJourneys(moduleRef, options.records ?? {}), inject: [ModuleRef] },
        {
          provide: JourneyParticipantsStore,
          useFactory: (model: Model<ParticipantsDocument>, relay: OutboxRelay) => new JourneyParticipantsStore(model, relay, publishingContext),
          inject: [getModelToken(JOURNEY_PARTICIPANTS_MODEL), OutboxRelay],
        },
        JourneyAccess,
        ParticipationFactHandler,
        eventConsumerProvider({ groupId, topics: [Topics.participation, Topics.support, Topics.identification], handler: ParticipationFactHandler, dedupe: true }),
        { provide: APP_INTERCEPTOR, useClass: ParticipationInterceptor },
      ],
      exports: [JourneyAccess, JourneyParticipantsStore, NationalScope],
    };
  }
}
