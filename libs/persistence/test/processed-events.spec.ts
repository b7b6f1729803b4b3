import { randomUUID } from 'node:crypto';
import { Connection } from 'mongoose';
import { connectMongo, ProcessedEvents } from '../src';
import { uniqueName } from './support/unique-name';

describe(ProcessedEvents.name, () => {
  let mongo: Connection;
  let processed: ProcessedEvents;

  beforeAll(async () => {
    mongo = await connectMongo(uniqueName('harbour-test-processed'));
    processed = new ProcessedEvents(mongo);
  });

  afterAll(async () => {
    await mongo.dropDatabase();
    await mongo.close();
  });

  it('records an event id once per consumer', async () => {
    const eventId = randomUUID();

    expect(await processed.isProcessed('journey-router', eventId)).toBe(false);
    expect(await processed.markProcessed('journey-router', eventId)).toBe(true);
    expect(await processed.markProcessed('journey-router', eventId)).toBe(false);
    expect(await processed.isProcessed('journey-router', eventId)).toBe(true);
    expect(await processed.isProcessed('support-notifier', eventId)).toBe(false);
    expect(await mongo.collection('processed_events').findOne({ _id: `journey-router:${eventId}` as never })).not.toBeNull();
  });

  it('lets exactly one of two concurrent consumers record the same event', async () => {
    const eventId = randomUUID();

    const outcomes = await Promise.all([processed.markProcessed('router', eventId), processed.markProcessed('router', eventId)]);

    expect(outcomes.sort()).toEqual([false, true]);
  });
});
