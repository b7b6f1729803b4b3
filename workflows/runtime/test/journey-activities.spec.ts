import { randomUUID } from 'node:crypto';
import { fromKafkaRecord, ObligationClosedEvent, ObligationMissedEvent, ObligationTaskRaisedEvent, PublishObligationOutcome, Topics, validateEvent } from '@harbour/contracts';
import { createKafka, KafkaEventPublisher } from '@harbour/messaging';
import { readTopic, testServers, uniqueName } from '@harbour/testing';
import { createJourneyActivities } from '../src/journey-activities';

describe(createJourneyActivities.name, () => {
  const servers = testServers();
  const topic = uniqueName(Topics.journey);
  let publisher: KafkaEventPublisher;

  beforeAll(async () => {
    publisher = new KafkaEventPublisher(createKafka({ clientId: 'harbour-journey-activities-test', brokers: servers.kafkaBrokers }), {
      topicOf: () => topic,
    });
    await publisher.connect();
  });
  afterAll(() => publisher?.disconnect());

  it('publishes a missed obligation as a valid CloudEvent, the same event again when retried', async () => {
    const journeyId = randomUUID();
    const command: PublishObligationOutcome = {
      journeyId,
      eventId: randomUUID(),
      outcome: 'missed',
      fact: ObligationMissedEvent.example,
    };
    const { publishObligationOutcome } = createJourneyActivities({ publisher });
    await publishObligationOutcome(command);
    await publishObligationOutcome(command);

    const records = await readTopic(servers.kafkaBrokers, topic, { until: (read) => read.filter((record) => record.key === journeyId).length === 2 });
    const events = records.map((record) => fromKafkaRecord(record));
    expect(events.map((event) => event.id)).toEqual([command.eventId, command.eventId]);
    const checked = validateEvent(events[0]);
    expect(checked.ok).toBe(true);
    expect(events[0]).toMatchObject({ type: 'harbour.journey.obligation.missed.v1', subject: journeyId, time: command.fact.at, data: command.fact });
  });

  it('publishes every other outcome as a closed obligation with its outcome and reason code, and a reminder as a task for a role', async () => {
    const journeyId = randomUUID();
    const { publishObligationOutcome, raiseObligationTask } = createJourneyActivities({ publisher });
    const declined = { ...ObligationClosedEvent.example, outcome: undefined };
    delete declined.outcome;
    await publishObligationOutcome({ journeyId, eventId: randomUUID(), outcome: 'declined-by-victim', fact: declined });
    await raiseObligationTask({ journeyId, eventId: randomUUID(), task: ObligationTaskRaisedEvent.example });

    const records = await readTopic(servers.kafkaBrokers, topic, { until: (read) => read.filter((record) => record.key === journeyId).length === 2 });
    const [closed, task] = records.filter((record) => record.key === journeyId).map((record) => fromKafkaRecord(record));
    expect(validateEvent(closed).ok && validateEvent(task).ok).toBe(true);
    expect(closed).toMatchObject({ type: 'harbour.journey.obligation.closed.v1', data: { outcome: 'declined-by-victim', reasonCode: 'victim-declined' } });
    expect(task).toMatchObject({ type: 'harbour.journey.obligation-task.raised.v1', data: { kind: 'reminder', forRole: 'protection-officer' } });
  });
});
