import { randomUUID } from 'node:crypto';
import { buildEvent, JourneyState, journeyStateQuery, journeyWorkflowId, ReturnPlannedEvent, SelfReferralReceivedEvent, Topics } from '@harbour/contracts';
import { createKafka, DeadLetterHeaders, KafkaEventPublisher } from '@harbour/messaging';
import { connectTemporalClient, runJourneyWorker, RunningWorker } from '@harbour/temporal';
import { readTopic, testServers, uniqueName, waitFor } from '@harbour/testing';
import { Client } from '@temporalio/client';
import { Kafka } from 'kafkajs';
import { EventConsumer } from '@harbour/messaging';
import { JourneyRouter } from '../src/journey-router';
import { factOfType } from './support/journey-clocks';
import { referralDeclined } from './support/journey-facts';
import { RecordingJourneyActivities } from './support/recording-journey-activities';

// Kafka → router → Temporal, on the real broker and the real dev server.
describe(JourneyRouter.name, () => {
  const servers = testServers();
  const supportTopic = uniqueName(Topics.support);
  const taskQueue = uniqueName('journeys');
  let kafka: Kafka;
  let client: Client;
  let worker: RunningWorker;
  let router: EventConsumer;
  let publisher: KafkaEventPublisher;
  const journeys: string[] = [];

  beforeAll(async () => {
    kafka = createKafka({ clientId: 'harbour-journey-router-test', brokers: servers.kafkaBrokers });
    client = await connectTemporalClient();
    worker = await runJourneyWorker({ activities: new RecordingJourneyActivities().activities(), taskQueue });
    router = await new JourneyRouter(client, taskQueue).start(kafka, { groupId: uniqueName('journey-router'), topics: [supportTopic] });
    publisher = new KafkaEventPublisher(kafka, { topicOf: () => supportTopic });
    await publisher.connect();
  });

  afterAll(async () => {
    await Promise.all(journeys.map((journeyId) => client.workflow.getHandle(journeyWorkflowId(journeyId)).terminate('test finished').catch(() => undefined)));
    await router?.stop();
    await publisher?.disconnect();
    await worker?.shutdown();
    await client?.connection.close();
  });

  const stateOf = (journeyId: string) =>
    waitFor(
      async (): Promise<JourneyState> => client.workflow.getHandle(journeyWorkflowId(journeyId)).query(journeyStateQuery),
      { description: `journey ${journeyId}` },
    );

  it('starts the journey with its first fact and signals the same journey with the next, once per event id', async () => {
    const journeyId = randomUUID();
    journeys.push(journeyId);
    const fact = (referralId: string) =>
      referralDeclined(journeyId, { referralId, organisationId: 'be-payoke', reason: 'no-capacity', declinedAt: new Date().toISOString() });
    // A door's fact opens the journey: a helpline call, twice (a redelivery), then a referral answer.
    const first = factOfType('harbour.support.self-referral.received.v1', journeyId, { ...SelfReferralReceivedEvent.example, selfReferralId: randomUUID(), receivedAt: new Date().toISOString() }, new Date().toISOString());
    await publisher.publish([first, first, fact(randomUUID())]);

    const state = await waitFor(async () => {
      const current = await stateOf(journeyId);
      return current.factsSeen === 2 && current;
    }, { description: 'both facts on the journey' });
    expect(state).toMatchObject({ journeyId, country: 'BE', openedBy: 'be-116006-helpline' });
    const { runId } = await client.workflow.getHandle(journeyWorkflowId(journeyId)).describe();
    expect((await client.workflow.getHandle(journeyWorkflowId(journeyId), runId).describe()).type).toBe('VictimJourney');
  });

  it('dead-letters a record that is not a valid journey fact, with the reason', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const journeyId = randomUUID();
    await producer.send({ topic: supportTopic, messages: [{ key: journeyId, value: '{}', headers: { ce_type: 'harbour.support.referral.declined.v1' } }] });
    await producer.disconnect();

    const records = await readTopic(servers.kafkaBrokers, `${supportTopic}.dlq`, { until: (found) => found.some((record) => record.key === journeyId) });
    const dead = records.find((record) => record.key === journeyId)!;
    expect(dead.headers[DeadLetterHeaders.reason]).toMatch(/missing CloudEvents headers/);
    await expect(client.workflow.getHandle(journeyWorkflowId(journeyId)).describe()).rejects.toThrow();
  });

  it('dead-letters a fact dated beyond the holiday calendars, naming the field and the covered years, and starts no journey', async () => {
    const journeyId = randomUUID();
    const now = new Date().toISOString();
    const data = { returnId: randomUUID(), toCountry: 'RO', departureDate: '2099-06-01T08:00:00.000Z', plannedAt: now };
    await publisher.publish([buildEvent(ReturnPlannedEvent, { id: randomUUID(), journeyId, time: now, data })]);

    const records = await readTopic(servers.kafkaBrokers, `${supportTopic}.dlq`, { until: (found) => found.some((record) => record.key === journeyId) });
    const dead = records.find((record) => record.key === journeyId)!;
    expect(dead.headers[DeadLetterHeaders.reason]).toBe(
      "invalid event: harbour.support.return.planned.v1: departureDate must fall from 2020-01-01 to 2040-12-31, the years Harbour's holiday calendars cover",
    );
    await expect(client.workflow.getHandle(journeyWorkflowId(journeyId)).describe()).rejects.toThrow();
  });

  it('dead-letters a fact for a journey nobody opened, with the reason, and starts no empty journey', async () => {
    const journeyId = randomUUID();
    await publisher.publish([referralDeclined(journeyId, { referralId: randomUUID(), organisationId: 'be-payoke', reason: 'no-capacity', declinedAt: new Date().toISOString() })]);

    const records = await readTopic(servers.kafkaBrokers, `${supportTopic}.dlq`, { until: (found) => found.some((record) => record.key === journeyId) });
    const dead = records.find((record) => record.key === journeyId)!;
    expect(dead.headers[DeadLetterHeaders.reason]).toBe(`no journey ${journeyId} is open, and a harbour.support.referral.declined.v1 does not open one (only a door's first fact does)`);
    await expect(client.workflow.getHandle(journeyWorkflowId(journeyId)).describe()).rejects.toThrow();
  });
});
