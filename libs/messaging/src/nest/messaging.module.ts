import { BeforeApplicationShutdown, DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getModelToken } from '@nestjs/mongoose';
import { Kafka } from 'kafkajs';
import { createKafka } from '../kafka/create-kafka';
import { OutboxModel, OutboxRelay } from '../outbox/outbox-relay';
import { KafkaEventPublisher } from '../publisher/kafka-event-publisher';

export interface MessagingModuleOptions {
  clientId: string;
  brokers?: string[];
  /** Names of the mongoose models (registered with MongooseModule.forFeature) whose outboxes are relayed. */
  outboxModels?: readonly string[];
  pollIntervalMs?: number;
}

const OUTBOX_MODEL_NAMES = Symbol('harbour.messaging.outbox-model-names');

/** Connects the publisher and starts the relay once the app is up; stops both before connections close. */
@Injectable()
class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly publisher: KafkaEventPublisher,
    private readonly relay: OutboxRelay,
    @Inject(OUTBOX_MODEL_NAMES) private readonly outboxModels: readonly string[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.publisher.connect();
    if (this.outboxModels.length > 0) this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.publisher.disconnect();
  }
}

/** Kafka, the event publisher and the outbox relay of one service. */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    const outboxModels = options.outboxModels ?? [];
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: OUTBOX_MODEL_NAMES, useValue: outboxModels },
        { provide: Kafka, useFactory: () => createKafka({ clientId: options.clientId, brokers: options.brokers }) },
        { provide: KafkaEventPublisher, useFactory: (kafka: Kafka) => new KafkaEventPublisher(kafka), inject: [Kafka] },
        {
          provide: OutboxRelay,
          useFactory: (publisher: KafkaEventPublisher, moduleRef: ModuleRef) => {
            // Models are looked up when the relay first drains: by then every feature module has registered its own.
            let models: OutboxModel[] | undefined;
            const resolve = () => (models ??= outboxModels.map((name) => moduleRef.get<OutboxModel>(getModelToken(name), { strict: false })));
            return new OutboxRelay({ publisher, models: resolve, pollIntervalMs: options.pollIntervalMs });
          },
          inject: [KafkaEventPublisher, ModuleRef],
        },
        MessagingLifecycle,
      ],
      exports: [Kafka, KafkaEventPublisher, OutboxRelay],
    };
  }
}
