import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { Connection, Model, Schema } from 'mongoose';
import { buildEvent, CloudEvent, ReportReceivedEvent } from '@harbour/contracts';
import { connectMongo, ProcessedEvents } from '@harbour/persistence';
import {
  appendToOutbox,
  createKafka,
  EventConsumer,
  KafkaEventPublisher,
  OutboxRelay,
  outboxEntries,
  outboxPlugin,
  startEventConsumer,
  WithOutbox,
} from '../src';
import { readTopic, uniqueName, waitFor } from './support/test-helpers';

/** A small aggregate standing in for a service's record. */
interface Case extends WithOutbox {
  journeyId: string;
  status: string;
}

function fact(journeyId: string): CloudEvent {
  return buildEvent(ReportReceivedEvent, { id: randomUUID(), journeyId, time: new Date().toISOString(), data: ReportReceivedEvent.example });
}

describe('outbox', () => {
  let kafka: Kafka;
  let mongo: Connection;
  let Cases: Model<Case>;
  let topic: string;
  let publisher: KafkaEventPublisher;
  const relays: OutboxRelay[] = [];
  const consumers: EventConsumer[] = [];

  const relay = () => {
    const created = new OutboxRelay({ publisher, models: [Cases], pollIntervalMs: 50 });
    relays.push(created);
    return created;
  };
  const openCase = async (events: number) => {
    const journeyId = randomUUID();
    const published = Array.from({ length: events }, () => fact(journeyId));
    const created = await Cases.create({ journeyId, status: 'open', outbox: outboxEntries(published, { topicOf: () => topic }) });
    return { id: created._id, journeyId, published };
  };
  const pendingCount = async () => (await Cases.find().lean()).reduce((sum, doc) => sum + doc.outbox.length, 0);
  const eventIds = (records: Awaited<ReturnType<typeof readTopic>>) => records.map(({ message }) => message.headers?.ce_id?.toString());

  beforeAll(async () => {
    kafka = createKafka({ clientId: 'messaging-outbox-test' });
    mongo = await connectMongo(uniqueName('harbour-test-outbox'));
    const schema = new Schema<Case>({ journeyId: { type: String, required: true }, status: { type: String, required: true } });
    schema.plugin(outboxPlugin);
    Cases = mongo.model<Case>('Case', schema);
  });

  beforeEach(async () => {
    topic = uniqueName('harbour.test.v1');
    publisher = new KafkaEventPublisher(kafka);
    await publisher.connect();
    await Cases.deleteMany({});
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((running) => running.stop()));
    await Promise.all(consumers.splice(0).map((consumer) => consumer.stop()));
    await publisher.disconnect();
  });

  afterAll(async () => {
    await mongo.dropDatabase();
    await mongo.close();
  });

  it('appends events in the same single-document update that changes the aggregate', async () => {
    const opened = await openCase(1);
    const accepted = fact(opened.journeyId);
    const stale = fact(opened.journeyId);

    const applied = await Cases.updateOne({ _id: opened.id, status: 'open' }, { $set: { status: 'accepted' }, ...appendToOutbox([accepted], { topicOf: () => topic }) });
    const refused = await Cases.updateOne({ _id: opened.id, status: 'open' }, { $set: { status: 'declined' }, ...appendToOutbox([stale], { topicOf: () => topic }) });

    expect(applied.modifiedCount).toBe(1);
    expect(refused.modifiedCount).toBe(0);
    const stored = await Cases.findById(opened.id).lean();
    expect(stored?.status).toBe('accepted');
    expect(stored?.outbox.map((entry) => entry.eventId)).toEqual([opened.published[0].id, accepted.id]);
    expect(stored?.outbox[1]).toMatchObject({ topic, record: { key: opened.journeyId, headers: { ce_id: accepted.id, ce_type: ReportReceivedEvent.type } } });
  });

  it('publishes pending events in order per document and clears them', async () => {
    const opened = await openCase(3);

    const sent = await relay().drain();

    expect(sent).toBe(3);
    expect(await pendingCount()).toBe(0);
    const records = await readTopic(kafka, topic, 3);
    expect(eventIds(records)).toEqual(opened.published.map((event) => event.id));
    expect(records.every(({ message }) => message.key?.toString() === opened.journeyId)).toBe(true);
  });

  it('publishes after a crash what was pending, and consumers apply each event once', async () => {
    const opened = await openCase(2);
    // A relay sent the records and died before removing them from the outbox.
    const stored = await Cases.findById(opened.id).lean();
    await publisher.publishRecords(stored?.outbox ?? []);
    const handled: string[] = [];
    consumers.push(
      await startEventConsumer({
        kafka,
        groupId: uniqueName('test-group'),
        topics: [topic],
        dedupe: new ProcessedEvents(mongo),
        handle: async (event) => void handled.push(event.id),
      }),
    );

    relay().start();

    await waitFor(async () => (await pendingCount()) === 0, { what: 'an empty outbox' });
    expect(eventIds(await readTopic(kafka, topic, 4))).toHaveLength(4);
    const later = fact(opened.journeyId);
    await Cases.updateOne({ _id: opened.id }, appendToOutbox([later], { topicOf: () => topic }));
    await waitFor(() => handled.includes(later.id), { what: 'the later event' });
    expect(handled).toEqual([...opened.published.map((event) => event.id), later.id]);
  });

  it('loses no event when two relays run at once while events keep being appended', async () => {
    const cases = await Promise.all(Array.from({ length: 10 }, () => openCase(1)));
    const first = relay();
    const second = relay();
    first.start();
    second.start();

    for (let round = 0; round < 3; round++) {
      await Promise.all(
        cases.map(async (opened) => {
          const event = fact(opened.journeyId);
          opened.published.push(event);
          await Cases.updateOne({ _id: opened.id }, appendToOutbox([event], { topicOf: () => topic }));
          first.nudge();
        }),
      );
    }

    await waitFor(async () => (await pendingCount()) === 0, { what: 'empty outboxes' });
    const expected = cases.flatMap((opened) => opened.published.map((event) => event.id));
    const received = eventIds(await readTopic(kafka, topic, (records) => expected.every((id) => eventIds(records).includes(id))));
    for (const opened of cases) {
      const firstSeen = [...new Set(received.filter((id) => opened.published.some((event) => event.id === id)))];
      expect(firstSeen).toEqual(opened.published.map((event) => event.id));
    }
  });
});
