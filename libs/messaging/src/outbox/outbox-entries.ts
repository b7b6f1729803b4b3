import { CloudEvent, toKafkaRecord } from '@harbour/contracts';
import { registeredTopic, TopicOf } from '../kafka/topic-of';
import { withActiveTraceparent } from '../tracing/trace-context';
import { OutboxEntry } from './outbox.plugin';

export interface OutboxOptions {
  /** Where each event goes; the contracts registry by default. */
  topicOf?: TopicOf;
}

/**
 * Encodes events for the outbox now, with the trace of the request that caused them, so the
 * relay later sends exactly these records. Use as the `outbox` field of a new document.
 */
export function outboxEntries(events: readonly CloudEvent[], options: OutboxOptions = {}): OutboxEntry[] {
  const topicOf = options.topicOf ?? registeredTopic;
  const createdAt = new Date();
  return events.map((event) => {
    const traced = withActiveTraceparent(event);
    // toKafkaRecord writes every header as a string.
    const { key, value, headers } = toKafkaRecord(traced);
    return { eventId: event.id, topic: topicOf(traced), record: { key, value, headers: headers as Record<string, string> }, createdAt };
  });
}

/** The update fragment that appends events; merge it into the update that changes the aggregate. */
export function appendToOutbox(
  events: readonly CloudEvent[],
  options: OutboxOptions = {},
): { $push: { outbox: { $each: OutboxEntry[] } } } {
  return { $push: { outbox: { $each: outboxEntries(events, options) } } };
}
