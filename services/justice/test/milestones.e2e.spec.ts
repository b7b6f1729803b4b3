import { randomUUID } from 'node:crypto';
import { getModelToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { logLevel, Producer } from 'kafkajs';
import { Model } from 'mongoose';
import { deadLetterTopic, ProceedingMilestoneRecordedEvent } from '@harbour/contracts';
import { createKafka, DeadLetterHeaders } from '@harbour/messaging';
import { readTopic, TestOrganisations, testServers, waitFor } from '@harbour/testing';
import { Milestone } from '../src/milestones/milestone';
import { MILESTONE_MODEL } from '../src/milestones/milestone.schema';
import { bearer, http, justiceFacts, nationalMilestone, startJusticeService, stopJusticeService } from './support/justice-testbed';

describe('milestones in from national justice systems', () => {
  let app: NestExpressApplication;
  let milestones: Model<Milestone>;
  let producer: Producer;
  const inboundTopic = () => process.env.JUSTICE_MILESTONES_TOPIC!;
  const nationalSystem = bearer('service');
  const post = (body: object, token = nationalSystem) => http(app).post('/milestones').auth(token, { type: 'bearer' }).send(body);
  const storedByMessageId = (messageId: string) => milestones.find({ messageId }).lean<Milestone[]>();
  const sendInbound = (key: string, value: string) => producer.send({ topic: inboundTopic(), acks: -1, messages: [{ key, value }] });

  beforeAll(async () => {
    app = await startJusticeService();
    milestones = app.get(getModelToken(MILESTONE_MODEL));
    producer = createKafka({ clientId: 'national-system-test', brokers: testServers().kafkaBrokers, logLevel: logLevel.ERROR }).producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    await stopJusticeService(app);
  });

  it('records a milestone sent over HTTP and publishes ProceedingMilestoneRecorded for the journey, with nothing personal', async () => {
    const journeyId = randomUUID();
    const milestone = nationalMilestone(journeyId);

    const { body } = await post(milestone).expect(201);

    expect(body).toEqual({ milestoneId: expect.any(String), journeyId, recordedAt: expect.any(String) });
    const [fact] = await justiceFacts(journeyId, [ProceedingMilestoneRecordedEvent.type]);
    expect(fact).toMatchObject({ type: ProceedingMilestoneRecordedEvent.type, subject: journeyId, source: '/harbour/justice' });
    expect(fact.data).toEqual({ milestoneId: body.milestoneId, milestone: 'charges-brought', recordedAt: body.recordedAt });
    const [stored] = await storedByMessageId(milestone.messageId as string);
    expect(stored.encryptedCaseReference).toMatch(/^hk1:/);
    expect(JSON.stringify(stored)).not.toContain('AN.12.LL.004211/26');
  });

  it('keeps the trial place encrypted and out of the fact', async () => {
    const journeyId = randomUUID();
    const milestone = nationalMilestone(journeyId, {
      milestone: 'trial-scheduled',
      trial: { scheduledFor: '2026-09-14T08:30:00.000Z', place: 'Court of First Instance, Antwerp, room 3.12', timeZone: 'Europe/Brussels' },
    });

    await post(milestone).expect(201);

    const [fact] = await justiceFacts(journeyId, [ProceedingMilestoneRecordedEvent.type]);
    expect(JSON.stringify(fact)).not.toContain('Antwerp');
    const [stored] = await storedByMessageId(milestone.messageId as string);
    expect(stored.trial).toEqual({ scheduledFor: new Date('2026-09-14T08:30:00.000Z'), encryptedPlace: expect.stringMatching(/^hk1:/), timeZone: 'Europe/Brussels' });
  });

  it('answers a message sent again with the first receipt and records nothing new', async () => {
    const journeyId = randomUUID();
    const milestone = nationalMilestone(journeyId);
    const first = await post(milestone).expect(201);

    const again = await post(milestone).expect(201);

    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await storedByMessageId(milestone.messageId as string)).toHaveLength(1);
    await post({ ...milestone, milestone: 'final-judgement' }).expect(409);
  });

  it('refuses a malformed milestone with a 400 naming each problem', async () => {
    const response = await post({ messageId: 'x', journeyId: 'Maria', milestone: 'arrested', occurredAt: 'yesterday', victimName: 'Maria' }).expect(400);
    const message = JSON.stringify(response.body.message);
    for (const problem of ['messageId must be', 'caseReference must be', 'journeyId must be a journey id', 'milestone must be one of', 'occurredAt must be', 'victimName should not exist']) {
      expect(message).toContain(problem);
    }
    const noTrial = await post(nationalMilestone(randomUUID(), { milestone: 'trial-scheduled' })).expect(400);
    expect(JSON.stringify(noTrial.body.message)).toContain('trial (scheduledFor and place) is required for a trial-scheduled milestone');
  });

  it('refuses with a 400 a milestone or a trial dated beyond the holiday calendars, naming the field and the years covered', async () => {
    const late = await post(nationalMilestone(randomUUID(), { occurredAt: '2099-05-11T09:00:00.000Z' })).expect(400);
    expect(late.body.message).toEqual(["occurredAt must fall from 2020-01-01 to 2040-12-31, the years Harbour's holiday calendars cover"]);
    const trial = { scheduledFor: '2019-09-14T08:30:00.000Z', place: 'Court of First Instance, Antwerp' };
    const early = await post(nationalMilestone(randomUUID(), { milestone: 'trial-scheduled', trial })).expect(400);
    expect(JSON.stringify(early.body.message)).toContain("trial.scheduledFor must fall from 2020-01-01 to 2040-12-31, the years Harbour's holiday calendars cover");
  });

  it('records a milestone from the inbound topic once, however often it is delivered', async () => {
    const journeyId = randomUUID();
    const milestone = nationalMilestone(journeyId, { milestone: 'case-opened' });

    await sendInbound(journeyId, JSON.stringify(milestone));
    await sendInbound(journeyId, JSON.stringify(milestone));

    const [fact] = await justiceFacts(journeyId, [ProceedingMilestoneRecordedEvent.type]);
    expect(fact.data).toMatchObject({ milestone: 'case-opened' });
    const stored = await waitFor(async () => {
      const found = await storedByMessageId(milestone.messageId as string);
      return found.length > 0 && found;
    }, { description: 'the milestone recorded from the topic' });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ journeyId, receivedVia: 'kafka', milestone: 'case-opened' });
  });

  it("carries what the journey needs when justice is its door: the national system's country, region, language and acting authority, or the caller's organisation over HTTP", async () => {
    const fromTopic = randomUUID();
    const door = { country: 'ES', region: 'ES-CT', language: 'ro', actingOrganisationId: 'es-fiscalia-barcelona' };
    await sendInbound(fromTopic, JSON.stringify(nationalMilestone(fromTopic, { milestone: 'case-opened', ...door })));
    const [inbound] = await justiceFacts(fromTopic, [ProceedingMilestoneRecordedEvent.type]);
    expect(inbound.data).toMatchObject({ milestone: 'case-opened', ...door });

    const overHttp = randomUUID();
    await post(nationalMilestone(overHttp, { country: 'BE', region: 'BE-BRU', language: 'en', actingOrganisationId: 'be-other-office' }), bearer('prosecutor-liaison')).expect(201);
    const [recorded] = await justiceFacts(overHttp, [ProceedingMilestoneRecordedEvent.type]);
    expect(recorded.data).toMatchObject({ country: 'BE', region: 'BE-BRU', language: 'en', actingOrganisationId: TestOrganisations['prosecutor-liaison'] });

    const foreign = await post(nationalMilestone(randomUUID(), { country: 'ES', region: 'DE-BY' })).expect(400);
    expect(foreign.body.message).toEqual(['region DE-BY is not a region of ES']);
    const unknown = await post(nationalMilestone(randomUUID(), { region: 'ES-ZZ' })).expect(400);
    expect(unknown.body.message).toEqual([expect.stringMatching(/^region ES-ZZ is not a region of ES the holiday calendars know \(ES-AN, /)]);
  });

  it('dead-letters a malformed inbound record with its reasons and goes on with the next', async () => {
    const journeyId = randomUUID();
    const good = nationalMilestone(journeyId, { milestone: 'final-judgement' });

    await sendInbound(journeyId, '{"messageId": "broken"');
    await sendInbound(journeyId, JSON.stringify({ ...nationalMilestone(journeyId), milestone: 'acquitted' }));
    await sendInbound(journeyId, JSON.stringify(good));

    const dead = await readTopic(testServers().kafkaBrokers, deadLetterTopic(inboundTopic()), {
      until: (records) => records.filter((record) => record.key === journeyId).length >= 2,
    });
    const reasons = dead.filter((record) => record.key === journeyId).map((record) => record.headers[DeadLetterHeaders.reason]);
    expect(reasons).toEqual([expect.stringMatching(/^not JSON: /), expect.stringContaining('milestone must be one of')]);
    await justiceFacts(journeyId, [ProceedingMilestoneRecordedEvent.type]);
    expect(await storedByMessageId(good.messageId as string)).toHaveLength(1);
  });

  it('dead-letters a record whose key is not its journey, so one victim\'s milestones stay in order', async () => {
    const journeyId = randomUUID();
    await sendInbound(randomUUID(), JSON.stringify(nationalMilestone(journeyId)));
    const dead = await readTopic(testServers().kafkaBrokers, deadLetterTopic(inboundTopic()), {
      until: (records) => records.some((record) => record.value?.includes(journeyId)),
    });
    const record = dead.find((candidate) => candidate.value?.includes(journeyId))!;
    expect(record.headers[DeadLetterHeaders.reason]).toBe('the record key must be the journeyId of the milestone');
  });

  it('dead-letters a message id sent again with other content, and keeps the first', async () => {
    const journeyId = randomUUID();
    const first = nationalMilestone(journeyId, { milestone: 'charges-brought' });
    await post(first).expect(201);

    await sendInbound(journeyId, JSON.stringify({ ...first, milestone: 'final-judgement' }));

    const dead = await readTopic(testServers().kafkaBrokers, deadLetterTopic(inboundTopic()), {
      until: (records) => records.some((record) => record.value?.includes(first.messageId as string)),
    });
    const record = dead.find((candidate) => candidate.value?.includes(first.messageId as string))!;
    expect(record.headers[DeadLetterHeaders.reason]).toBe(`messageId ${first.messageId} was already recorded with a different journey, milestone or time`);
    expect(await storedByMessageId(first.messageId as string)).toEqual([expect.objectContaining({ milestone: 'charges-brought' })]);
  });
});
