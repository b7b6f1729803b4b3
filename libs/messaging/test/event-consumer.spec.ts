import { randomUUID } from 'node:crypto';
import { Admin, Kafka, Partitioners, Producer } from 'kafkajs';
import { Connection } from 'mongoose';
import { buildEvent, CloudEvent, deadLetterTopic, ReportReceived, ReportReceivedEvent, toKafkaRecord } from '@harbour/contracts';
import { connectMongo, ProcessedEvents } from '@harbour/persistence';
import { createKafka, DeadLetterHeaders, EventConsumer, EventHandler, KafkaEventPublisher, startEventConsumer } from '../src';
import { readTopic, uniqueName, waitFor } from './support/test-helpers';

function reportReceived(journeyId = randomUUID(), data: Partial<ReportReceived> = {}): CloudEvent<ReportReceived> {
  return buildEvent(ReportReceivedEvent, {
    id: randomUUID(),
    journeyId,
    time: new Date().toISOString(),
    data: { ...ReportReceivedEvent.example, ...data },
  });
}

/** A handler that remembers what it handled, in order. */
function recorder(): { handle: EventHandler; handled: CloudEvent<object>[]; count(id: string): number } {
  const handled: CloudEvent<object>[] = [];
  return {
    handled,
    handle: async (event) => void handled.push(event),
    count: (id) => handled.filter((event) => event.id === id).length,
  };
}

describe('startEventConsumer', () => {
  let kafka: Kafka;
  let rawProducer: Producer;
  let admin: Admin;
  let mongo: Connection;
  let topic: string;
  let publisher: KafkaEventPublisher;
  const consumers: EventConsumer[] = [];

  const consume = async (handle: EventHandler, extra: { dedupe?: ProcessedEvents } = {}) => {
    const consumer = await startEventConsumer({ kafka, groupId: uniqueName('test-group'), topics: [topic], handle, ...extra });
    consumers.push(consumer);
    return consumer;
  };

  beforeAll(async () => {
    kafka = createKafka({ clientId: 'messaging-consumer-test' });
    rawProducer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    admin = kafka.admin();
    await Promise.all([rawProducer.connect(), admin.connect()]);
    mongo = await connectMongo(uniqueName('harbour-test-messaging'));
  });

  beforeEach(async () => {
    topic = uniqueName('harbour.test.v1');
    publisher = new KafkaEventPublisher(kafka, { topicOf: () => topic });
    await publisher.connect();
  });

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((consumer) => consumer.stop()));
    await publisher.disconnect();
  });

  afterAll(async () => {
    await Promise.all([rawProducer.disconnect(), admin.disconnect()]);
    await mongo.dropDatabase();
    await mongo.close();
  });

  it('delivers a published fact with the journey id as key and the envelope in ce_ headers', async () => {
    const events = recorder();
    await consume(events.handle);
    const event = reportReceived();

    await publisher.publish([event]);

    const [received] = await waitFor(() => events.handled.length > 0 && events.handled, { what: 'the fact' });
    expect(received).toMatchObject({ id: event.id, type: event.type, subject: event.subject, source: event.source });
    expect(received.data).toBeInstanceOf(ReportReceived);
    expect({ ...received.data }).toEqual(event.data);
    const [record] = await readTopic(kafka, topic, 1);
    expect(record.message.key?.toString()).toBe(event.subject);
    expect(record.message.headers?.ce_id?.toString()).toBe(event.id);
    expect(record.message.headers?.ce_type?.toString()).toBe(ReportReceivedEvent.type);
  });

  it('runs the effect of a redelivered event once when a dedupe store is given', async () => {
    const events = recorder();
    await consume(events.handle, { dedupe: new ProcessedEvents(mongo) });
    const journeyId = randomUUID();
    const fact = reportReceived(journeyId);
    const later = reportReceived(journeyId);

    // Same key, same partition: `later` is handled only after both copies of `fact`.
    await publisher.publish([fact]);
    await publisher.publish([fact, later]);

    await waitFor(() => events.count(later.id) === 1, { what: 'the later fact' });
    expect(events.count(fact.id)).toBe(1);
  });

  it('dead-letters unreadable and invalid records with a precise reason and keeps going', async () => {
    const events = recorder();
    await consume(events.handle);
    const journeyId = randomUUID();
    const valid = toKafkaRecord(reportReceived(journeyId));
    const withoutHeaders = { key: journeyId, value: valid.value, headers: { 'content-type': 'application/json' } };
    const unknownType = { ...valid, headers: { ...valid.headers, ce_type: 'harbour.reporting.nonsense.v1' } };
    const unknownField = { ...valid, value: JSON.stringify({ ...ReportReceivedEvent.example, victimName: 'x' }) };
    const wrongType = { ...valid, value: JSON.stringify({ ...ReportReceivedEvent.example, formalComplaint: 'yes' }) };
    const good = reportReceived(journeyId);

    await rawProducer.send({ topic, messages: [withoutHeaders, unknownType, unknownField, wrongType, toKafkaRecord(good)] });

    await waitFor(() => events.count(good.id) === 1, { what: 'the good record after the bad ones' });
    expect(events.handled).toHaveLength(1);
    const dead = await readTopic(kafka, deadLetterTopic(topic), 4);
    const reasons = dead
      .sort((a, b) => Number(a.message.headers?.[DeadLetterHeaders.offset]) - Number(b.message.headers?.[DeadLetterHeaders.offset]))
      .map(({ message }) => message.headers?.[DeadLetterHeaders.reason]?.toString());
    expect(reasons).toEqual([
      'malformed envelope: missing CloudEvents headers: ce_id, ce_source, ce_type, ce_specversion, ce_time, ce_subject, ce_dataschema',
      "invalid event: unknown event type 'harbour.reporting.nonsense.v1'",
      `invalid event: ${ReportReceivedEvent.type}: victimName: property victimName should not exist`,
      `invalid event: ${ReportReceivedEvent.type}: formalComplaint must be a boolean value`,
    ]);
    const [first] = dead;
    expect(first.message.key?.toString()).toBe(journeyId);
    expect(first.message.value?.toString()).toBe(valid.value);
    expect(first.message.headers?.[DeadLetterHeaders.topic]?.toString()).toBe(topic);
    expect(first.message.headers?.[DeadLetterHeaders.partition]).toBeDefined();
    expect(Date.parse(first.message.headers?.[DeadLetterHeaders.at]?.toString() ?? '')).not.toBeNaN();
    const wrong = dead.find(({ message }) => message.headers?.[DeadLetterHeaders.reason]?.toString().includes('boolean'));
    expect(wrong?.message.headers?.ce_id?.toString()).toBe(valid.headers?.ce_id);
  });

  it('retries a fact whose handler fails and commits it only once handled', async () => {
    const attempts: string[] = [];
    const groupId = uniqueName('test-group');
    const consumer = await startEventConsumer({
      kafka,
      groupId,
      topics: [topic],
      retry: { initialDelayMs: 50, maxDelayMs: 200 },
      handle: async (event) => {
        attempts.push(event.id);
        if (attempts.length === 1) throw new Error('store unavailable');
      },
    });
    consumers.push(consumer);
    const fact = reportReceived();

    await publisher.publish([fact]);

    await waitFor(() => attempts.length === 2, { what: 'the retry' });
    expect(attempts).toEqual([fact.id, fact.id]);
    const committed = await waitFor(
      async () => {
        const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
        const total = offsets.partitions.reduce((sum, { offset }) => sum + Math.max(Number(offset), 0), 0);
        return total === 1 && total;
      },
      { what: 'the committed offset' },
    );
    expect(committed).toBe(1);
  });

  it('never dead-letters nor commits a fact whose handler keeps failing: the next member of the group gets it', async () => {
    const groupId = uniqueName('test-group');
    const attempts: string[] = [];
    const failing = await startEventConsumer({
      kafka,
      groupId,
      topics: [topic],
      retry: { initialDelayMs: 50, maxDelayMs: 100 },
      handle: async (event) => {
        attempts.push(event.id);
        throw new Error('bug in our own code');
      },
    });
    const fact = reportReceived();
    await publisher.publish([fact]);
    await waitFor(() => attempts.length >= 3, { what: 'repeated attempts' });

    await failing.stop();
    const events = recorder();
    consumers.push(await startEventConsumer({ kafka, groupId, topics: [topic], handle: events.handle }));

    await waitFor(() => events.count(fact.id) === 1, { what: 'the fact at the next member' });
    expect(new Set(attempts)).toEqual(new Set([fact.id]));
    const deadLetters = await admin.fetchTopicOffsets(deadLetterTopic(topic));
    expect(deadLetters.map(({ high }) => high)).toEqual(['0', '0', '0']);
  });
});
