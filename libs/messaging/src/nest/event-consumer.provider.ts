import { BeforeApplicationShutdown, OnApplicationBootstrap, Provider, Type } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { CloudEvent } from '@harbour/contracts';
import { ProcessedEvents } from '@harbour/persistence';
import { EventConsumer, EventConsumerOptions, startEventConsumer } from '../consumer/start-event-consumer';

/** A provider that acts on the facts a Nest consumer receives. */
export interface HandlesEvents {
  handle(event: CloudEvent<object>): Promise<void>;
}

export interface EventConsumerDefinition extends Omit<EventConsumerOptions, 'kafka' | 'handle' | 'dedupe'> {
  handler: Type<HandlesEvents>;
  /** Skip event ids this group already handled, using ProcessedEvents from MongoModule. */
  dedupe?: boolean;
}

/** Starts its consumer once the app is up and stops it before connections close. */
class NestEventConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer?: EventConsumer;

  constructor(private readonly options: EventConsumerOptions) {}

  async onApplicationBootstrap(): Promise<void> {
    this.consumer = await startEventConsumer(this.options);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    this.consumer = undefined;
  }
}

/** Registers a consumer group in a Nest module: `providers: [Handler, eventConsumerProvider({ ... })]`. */
export function eventConsumerProvider(definition: EventConsumerDefinition): Provider {
  const { handler, dedupe, ...options } = definition;
  return {
    provide: Symbol(`harbour.event-consumer.${definition.groupId}`),
    useFactory: (kafka: Kafka, target: HandlesEvents, processed?: ProcessedEvents) =>
      new NestEventConsumer({ ...options, kafka, handle: (event) => target.handle(event), dedupe: processed }),
    inject: [Kafka, handler, ...(dedupe ? [ProcessedEvents] : [])],
  };
}
