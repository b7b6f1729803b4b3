import { Counter, register } from 'prom-client';

/** Records each consumer group finished with, by topic and how: handled, or parked in the dead-letter topic. */
export const consumedRecords = new Counter({
  name: 'harbour_consumer_records_total',
  help: 'Kafka records a consumer group finished with, by topic and outcome (handled, dead-lettered)',
  labelNames: ['group', 'topic', 'outcome'] as const,
  registers: [register],
});

/** Events an outbox relay published, by the model whose outbox held them. */
export const relayedOutboxEvents = new Counter({
  name: 'harbour_outbox_events_relayed_total',
  help: 'Events the outbox relay published to Kafka, by outbox',
  labelNames: ['outbox'] as const,
  registers: [register],
});
