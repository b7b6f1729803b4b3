import { Kafka } from 'kafkajs';
import { CloudEvent } from '@harbour/contracts';
import type { ProcessedEvents } from '@harbour/persistence';
import { inConsumerSpan } from '../tracing/consumer-span';
import { readEvent } from './read-event';
import { RetryPolicy } from './retry-until-done';
import { startRecordConsumer } from './start-record-consumer';

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
export function startEventConsumer(options: EventConsumerOptions): Promise<EventConsumer> {
  const { groupId, handle, dedupe, ...rest } = options;
  return startRecordConsumer({
    ...rest,
    groupId,
    read: readEvent,
    describe: (event) => ({ eventId: event.id, eventType: event.type }),
    handle: (event, topic) =>
      inConsumerSpan(topic, event, async () => {
        if (dedupe && (await dedupe.isProcessed(groupId, event.id))) return;
        await handle(event);
        // Recorded only after the effect, so a crash in between means a retry, never a loss.
        await dedupe?.markProcessed(groupId, event.id);
      }),
  });
}
