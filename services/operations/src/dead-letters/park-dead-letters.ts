import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { deadLetterTopic, Topics } from '@harbour/contracts';
import { RecordConsumer, startRecordConsumer } from '@harbour/messaging';
import { JourneyViews } from '../journeys/journey-views';
import { OperationsConfig } from '../operations-config';
import { DeadLetter, deadLetterOf } from './dead-letter';
import { DeadLetters } from './dead-letters';

/** Every topic's dead letters, wherever a consumer parked them. */
export const DeadLetterTopics: readonly string[] = Object.values(Topics).map(deadLetterTopic);

/**
 * Reads every dead-letter topic in a group of its own and keeps each parked record for the
 * operators, with the country of its journey when operations know it.
 */
@Injectable()
export class ParkDeadLetters implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer?: RecordConsumer;

  constructor(
    private readonly kafka: Kafka,
    private readonly deadLetters: DeadLetters,
    private readonly views: JourneyViews,
    private readonly config: OperationsConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const group = this.config.OPERATIONS_CONSUMER_GROUP ?? 'operations';
    this.consumer = await startRecordConsumer<DeadLetter>({
      kafka: this.kafka,
      groupId: `${group}-dead-letters`,
      topics: DeadLetterTopics,
      read: deadLetterOf,
      handle: (deadLetter) => this.park(deadLetter),
      describe: ({ deadLetterId, eventType }) => ({ deadLetterId, eventType }),
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }

  private async park(deadLetter: DeadLetter): Promise<void> {
    const journey = deadLetter.journeyId ? await this.views.find(deadLetter.journeyId) : undefined;
    await this.deadLetters.park(deadLetter, journey?.view.country);
  }
}
