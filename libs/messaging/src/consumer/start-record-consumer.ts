import { EachMessagePayload, Kafka, KafkaMessage } from 'kafkajs';
import { deadLetterTopic, Validated } from '@harbour/contracts';
import { ensureTopics } from '../kafka/ensure-topics';
import { RELIABLE_PRODUCER } from '../kafka/reliable-producer';
import { messagingLogger } from '../logging/messaging-logger';
import { consumedRecords } from '../metrics/messaging-metrics';
import { deadLetterRecord } from './dead-letter';
import { DEFAULT_RETRY, retryUntilDone, RetryPolicy } from './retry-until-done';

/**
 * Thrown by a handler that finds, past reading, that it cannot accept a record (e.g. a message
 * id already used for other content): the record is dead-lettered with this reason, not retried.
 */
export class RecordRefusedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'RecordRefusedError';
  }
}

export interface RecordConsumerOptions<T> {
  kafka: Kafka;
  groupId: string;
  topics: readonly string[];
  /** Decodes and validates a record; a refusal's reason goes with it to `<topic>.dlq`. */
  read: (message: KafkaMessage) => Validated<T>;
  /** Receives only records `read` accepted; may refuse one with RecordRefusedError. */
  handle: (value: T, topic: string) => Promise<void>;
  /** Codes and ids that name a value in logs; never its content. */
  describe?: (value: T) => Record<string, unknown>;
  /** Where a new group starts; the beginning by default so that no record is missed. */
  fromBeginning?: boolean;
  /** Partitions handled in parallel; order is always kept within a partition. */
  partitionsConsumedConcurrently?: number;
  retry?: RetryPolicy;
}

export interface RecordConsumer {
  /** Finishes the record in hand (or abandons its back-off, uncommitted) and leaves the group. */
  stop(): Promise<void>;
}

/**
 * Consumes records one at a time. A record that `read` refuses goes to `<topic>.dlq` with the
 * reason; an accepted one is handled, retried with back-off while the handler fails. The
 * offset is committed only after the record is dead-lettered or handled.
 */
export async function startRecordConsumer<T>(options: RecordConsumerOptions<T>): Promise<RecordConsumer> {
  const { kafka, groupId, topics, read, handle, describe } = options;
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

  /** Undefined once handled; the reason when the handler refused the record. */
  const handleOrRefuse = async (value: T, topic: string): Promise<string | undefined> => {
    try {
      await handle(value, topic);
      return undefined;
    } catch (error) {
      if (error instanceof RecordRefusedError) return error.reason;
      throw error;
    }
  };

  const eachMessage = async ({ topic, partition, message, heartbeat }: EachMessagePayload) => {
    const accepted = read(message);
    await retryUntilDone(
      async () => {
        const reason = accepted.ok ? await handleOrRefuse(accepted.value, topic) : accepted.reason;
        if (reason === undefined) return void consumedRecords.inc({ group: groupId, topic, outcome: 'handled' });
        const dead = deadLetterRecord({ topic, partition, message }, reason, new Date());
        await deadLetters.send({ topic: dead.topic, acks: -1, messages: [dead.message] });
        consumedRecords.inc({ group: groupId, topic, outcome: 'dead-lettered' });
        log.warn('record refused and dead-lettered', { groupId, topic, partition, offset: message.offset, reason });
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
            ...(accepted.ok && describe ? describe(accepted.value) : {}),
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
