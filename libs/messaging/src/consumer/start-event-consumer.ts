import { EachMessagePayload, Kafka } from 'kafkajs';
import { CloudEvent, deadLetterTopic } from '@harbour/contracts';
import type { ProcessedEvents } from '@harbour/persistence';
import { ensureTopics } from '../kafka/ensure-topics';
import { RELIABLE_PRODUCER } from '../kafka/reliable-producer';
import { messagingLogger } from '../logging/messaging-logger';
import { inConsumerSpan } from '../tracing/consumer-span';
import { deadLetterRecord } from './dead-letter';
import { readEvent } from './read-event';
import { DEFAULT_RETRY, retryUntilDone, RetryPolicy } from './retry-until-done';

export type EventHandler = (event: CloudEvent<object>) => Promise<void>;

export interface EventConsumerOptions {
  kafka: Kafka;
  groupId: string;
  topics: readonly string[];
  /** Receives only valid, known events, with their data as payload class instances. */
  handle: EventHandler;
  /** When given, an event id already handled by this group is skipped. */
  dedupe?: ProcessedEvents;
  /** Where a new group starts; the beginning by default so that no fact is missed. */
  fromBeginning?: boolean;
  /** Partitions handled in parallel; order is always kept within a partition. */
  partitionsConsumedConcurrently?: number;
  retry?: RetryPolicy;
}

export interface EventConsumer {
  /** Finishes the record in hand (or abandons its back-off, uncommitted) and leaves the group. */
  stop(): Promise<void>;
}

/**
 * Consumes facts one record at a time. A record that cannot be read or fails validation goes
 * to `<topic>.dlq` with the reason; a valid event is handled, retried with back-off while the
 * handler fails. The offset is committed only after the record is dead-lettered or handled.
 */
export async function startEventConsumer(options: EventConsumerOptions): Promise<EventConsumer> {
  const { kafka, groupId, topics, handle, dedupe } = options;
  const log = messagingLogger('EventConsumer');
  const admin = kafka.admin();
  await admin.connect();
  try {
    await ensureTopics(admin, topics.flatMap((topic) => [topic, deadLetterTopic(topic)]));
  } finally {
    await admin.disconnect();
  }

  const consumer = kafka.consumer({ groupId });
  const deadLetters = kafka.producer(RELIABLE_PRODUCER);
  const stopping = new AbortController();

  const deliver = (topic: string, event: CloudEvent<object>) =>
    inConsumerSpan(topic, event, async () => {
      if (dedupe && (await dedupe.isProcessed(groupId, event.id))) return;
      await handle(event);
      // Recorded only after the effect, so a crash in between means a retry, never a loss.
      await dedupe?.markProcessed(groupId, event.id);
    });

  const eachMessage = async ({ topic, partition, message, heartbeat }: EachMessagePayload) => {
    const read = readEvent(message);
    await retryUntilDone(
      async () => {
        if (read.ok) {
          await deliver(topic, read.value);
          return;
        }
        const dead = deadLetterRecord({ topic, partition, message }, read.reason, new Date());
        await deadLetters.send({ topic: dead.topic, acks: -1, messages: [dead.message] });
        log.warn('record refused and dead-lettered', { groupId, topic, partition, offset: message.offset, reason: read.reason });
      },
      {
        policy: options.retry ?? DEFAULT_RETRY,
        signal: stopping.signal,
        heartbeat,
        onFailure: (error, attempt, delayMs) =>
          log.error('record not processed; retrying', {
            groupId,
            topic,
            partition,
            offset: message.offset,
            eventId: read.ok ? read.value.id : undefined,
            eventType: read.ok ? read.value.type : undefined,
            attempt,
            delayMs,
            error,
          }),
      },
    );
    // Committing the next offset marks exactly this record as done.
    await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
  };

  const stop = async () => {
    stopping.abort();
    await consumer.disconnect();
    await deadLetters.disconnect();
  };
  try {
    await Promise.all([consumer.connect(), deadLetters.connect()]);
    await consumer.subscribe({ topics: [...topics], fromBeginning: options.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 3,
      eachMessage,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}
