import { randomUUID } from 'node:crypto';
import { buildEvent, ReportReceivedEvent } from '@harbour/contracts';
import { createKafka, KafkaEventPublisher } from '@harbour/messaging';
import { Arrivals, benchName, closedLoop, since, StageFigures, Teardown } from './measure';
import { BenchSettings } from './settings';

/** A ReportReceived fact exactly as Harbour publishes it, so raw records have its size and headers. */
function reportReceived() {
  const now = new Date().toISOString();
  return buildEvent(ReportReceivedEvent, {
    id: randomUUID(),
    journeyId: randomUUID(),
    time: now,
    data: { ...ReportReceivedEvent.example, reportId: randomUUID(), receivedAt: now },
  });
}

/**
 * The broker alone: each item publishes one ReportReceived-sized record to a topic of the
 * bench's own with Harbour's idempotent producer (acks -1), and ends when a consumer group
 * receives it.
 */
export async function rawKafka(settings: BenchSettings, teardown: Teardown): Promise<StageFigures> {
  const kafka = createKafka({ clientId: 'harbour-bench-raw-kafka' });
  const topic = benchName('harbour-bench-raw');
  const admin = kafka.admin();
  await admin.connect();
  teardown.add('disconnect the Kafka admin', () => admin.disconnect());
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  teardown.add(`delete topic ${topic} and its group`, async () => {
    await admin.deleteGroups([topic]);
    await admin.deleteTopics({ topics: [topic] });
  });

  const arrivals = new Arrivals();
  const consumer = kafka.consumer({ groupId: topic });
  await consumer.connect();
  teardown.add('stop the raw consumer', () => consumer.disconnect());
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => arrivals.arrived(String(message.headers?.ce_id)) });

  const publisher = new KafkaEventPublisher(kafka, { topicOf: () => topic });
  await publisher.connect();
  teardown.add('disconnect the raw producer', () => publisher.disconnect());

  const item = async () => {
    const event = reportReceived();
    const started = performance.now();
    const consumed = arrivals.expect(event.id, settings.itemTimeoutMs);
    await publisher.publish([event]);
    await consumed;
    return since(started);
  };
  await closedLoop(settings.warmup, settings.inFlight, item);
  return closedLoop(settings.journeys, settings.inFlight, item);
}
