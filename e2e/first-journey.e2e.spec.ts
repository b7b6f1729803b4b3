import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from '@temporalio/client';
import { logLevel } from 'kafkajs';
import { Connection } from 'mongoose';
import request from 'supertest';
import {
  deadLetterTopic,
  fromKafkaRecord,
  JourneyFactTopics,
  journeyStateQuery,
  journeyWorkflowId,
  Topics,
  validateEvent,
} from '@harbour/contracts';
import { createKafka, EventConsumer, KafkaEventPublisher } from '@harbour/messaging';
import { issueDevelopmentToken } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { connectTemporalClient, RunningWorker, runJourneyWorker } from '@harbour/temporal';
import { readTopic, testServers, uniqueName, waitFor } from '@harbour/testing';
import { ReportingModule } from '../services/reporting/src/app.module';
import { SupportModule } from '../services/support/src/app.module';
import { createJourneyActivities } from '../workflows/runtime/src/journey-activities';
import { JourneyRouter } from '../workflows/runtime/src/journey-router';

/**
 * One victim's journey across every layer, on the real Kafka broker, Temporal server and
 * database: a police report starts the journey, which opens its legal clocks and hands a
 * referral to a support organisation; the organisation accepts from its own inbox.
 */
describe('a first victim journey, end to end', () => {
  const brokers = testServers().kafkaBrokers;
  const police = issueDevelopmentToken({ subject: 'officer-17', roles: ['first-responder'], organisationId: 'be-police-antwerp' });
  const antwerp = issueDevelopmentToken({ subject: 'case-worker-3', roles: ['support-case-worker'], organisationId: 'be-harbourline-antwerp' });
  const brussels = issueDevelopmentToken({ subject: 'case-worker-9', roles: ['support-case-worker'], organisationId: 'be-lighthouse-brussels' });

  let reporting: NestExpressApplication;
  let support: NestExpressApplication;
  let client: Client;
  let worker: RunningWorker;
  let publisher: KafkaEventPublisher;
  let router: EventConsumer;

  const reportingDb = uniqueName('harbour-reporting-e2e');
  const startReporting = () => {
    process.env.MONGO_DB = reportingDb;
    return createServiceApp(ReportingModule, { name: 'reporting', logger: false });
  };
  const startRouter = () => new JourneyRouter(client).start(createKafka({ clientId: 'harbour-journey-router-e2e' }));

  beforeAll(async () => {
    process.env.MONGO_DB = uniqueName('harbour-support-e2e');
    process.env.HARBOUR_SEED_DEMO_DIRECTORY = 'true';
    delete process.env.SUPPORT_TASK_QUEUE;
    support = await createServiceApp(SupportModule, { name: 'support', logger: false });
    reporting = await startReporting();
    client = await connectTemporalClient();
    publisher = new KafkaEventPublisher(createKafka({ clientId: 'harbour-journey-worker-e2e' }));
    await publisher.connect();
    worker = await runJourneyWorker({ activities: createJourneyActivities({ publisher }) });
    router = await startRouter();
  });

  afterAll(async () => {
    await router?.stop();
    await worker?.shutdown();
    await publisher?.disconnect();
    await client?.connection.close();
    for (const app of [reporting, support]) {
      await app?.get<Connection>(getConnectionToken()).dropDatabase();
      await app?.close();
    }
  });

  const report = (victimReference: string, idempotencyKey?: string) => {
    const call = request(reporting.getHttpServer()).post('/reports').auth(police, { type: 'bearer' });
    if (idempotencyKey) call.set('Idempotency-Key', idempotencyKey);
    return call
      .send({ channel: 'police', country: 'BE', crimeType: 'trafficking-labour-exploitation', language: 'ro', formalComplaint: true, victimReference })
      .expect(201);
  };
  const journeyState = (journeyId: string) => client.workflow.getHandle(journeyWorkflowId(journeyId)).query(journeyStateQuery);
  const tasksOf = (orgId: string, token: string) =>
    request(support.getHttpServer()).get(`/organisations/${orgId}/tasks`).auth(token, { type: 'bearer' });

  it('takes a report to a supported journey with its obligations, legal bases and due times', async () => {
    const victimReference = uniqueName('BE-POL-2026/V');
    const { body: receipt } = await report(victimReference);

    const offered = await waitFor(
      async () => {
        const state = await journeyState(receipt.journeyId);
        return state.referrals.length > 0 && state;
      },
      { description: 'the journey to start and offer a referral', timeoutMs: 60_000 },
    );
    expect(offered.stage).toBe('referred');
    expect(offered.country).toBe('BE');
    expect(offered.referrals[0]).toMatchObject({ attempt: 1, organisationId: 'be-harbourline-antwerp', status: 'offered' });
    const byRule = Object.fromEntries(offered.obligations.map((o) => [o.ruleId, o]));
    expect(byRule['vrd-4-information']).toMatchObject({
      status: 'open',
      legalBasis: expect.stringContaining('2012/29/EU Art 4'),
      dueAt: new Date(Date.parse(receipt.receivedAt) + 24 * 3600_000).toISOString(),
    });
    expect(byRule['vrd-5-acknowledgement']).toMatchObject({ status: 'open', legalBasis: expect.stringContaining('Art 5') });
    expect(Date.parse(byRule['vrd-5-acknowledgement'].dueAt ?? '')).toBeGreaterThan(Date.parse(receipt.receivedAt));

    const described = await client.workflow.getHandle(journeyWorkflowId(receipt.journeyId)).describe();
    expect(described.type).toBe('VictimJourney');
    expect(described.status.name).toBe('RUNNING');

    // The organisation sees the task in its own inbox, and nobody else does.
    // The router takes every fact on the shared topics, so other runs' tasks may be in this inbox too.
    const since = offered.referrals[0].offeredAt;
    const { body: inbox } = await tasksOf('be-harbourline-antwerp', antwerp).query({ status: 'offered', since, pageSize: 100 }).expect(200);
    const task = inbox.items.find((t: { journeyId: string }) => t.journeyId === receipt.journeyId);
    expect(task).toMatchObject({ referralId: offered.referrals[0].referralId, status: 'offered' });
    await tasksOf('be-harbourline-antwerp', brussels).expect(403);
    const { body: otherInbox } = await tasksOf('be-lighthouse-brussels', brussels).query({ since, pageSize: 100 }).expect(200);
    expect(otherInbox.items.map((t: { journeyId: string }) => t.journeyId)).not.toContain(receipt.journeyId);

    await request(support.getHttpServer())
      .post(`/organisations/be-harbourline-antwerp/tasks/${task.referralId}/accept`)
      .auth(antwerp, { type: 'bearer' })
      .expect(200);

    const supported = await waitFor(
      async () => {
        const state = await journeyState(receipt.journeyId);
        return state.stage === 'supported' && state;
      },
      { description: 'ReferralAccepted to reach the journey', timeoutMs: 60_000 },
    );
    expect(supported.referrals[0].status).toBe('accepted');
    expect(supported.obligations.find((o) => o.ruleId === 'vrd-8-support-contact')).toMatchObject({
      status: 'met',
      evidence: expect.stringContaining('be-harbourline-antwerp'),
    });

    // What crossed Kafka about this journey: valid CloudEvents, keyed by the journey, nothing personal.
    const ofJourney = (records: Awaited<ReturnType<typeof readTopic>>) => records.filter((r) => r.key === receipt.journeyId);
    const facts = [
      ...ofJourney(await readTopic(brokers, Topics.reporting, { until: (read) => ofJourney(read).length >= 1 })),
      ...ofJourney(await readTopic(brokers, Topics.support, { until: (read) => ofJourney(read).length >= 2 })),
    ];
    expect(facts.map((r) => fromKafkaRecord(r)).map((e) => [e.type, validateEvent(e).ok])).toEqual(
      expect.arrayContaining([
        ['harbour.reporting.report.received.v1', true],
        ['harbour.support.referral.offered.v1', true],
        ['harbour.support.referral.accepted.v1', true],
      ]),
    );
    expect(JSON.stringify(facts)).not.toContain(victimReference);
  });

  it('loses no report and starts no second journey when the reporting service and the router stop mid-way', async () => {
    const victimReference = uniqueName('BE-POL-2026/V');
    const key = uniqueName('retry').replace(/[^A-Za-z0-9_-]/g, '-');

    await router.stop();
    const { body: first } = await report(victimReference, key);
    // The reporting service goes down right after answering; the client retries once it is back.
    await reporting.close();
    reporting = await startReporting();
    const { body: retried, headers } = await report(victimReference, key);
    expect(headers['idempotent-replayed']).toBe('true');
    expect(retried).toEqual(first);
    const { body: second } = await report(victimReference);
    expect(second.journeyId).toBe(first.journeyId);

    router = await startRouter();
    const state = await waitFor(
      async () => {
        const s = await journeyState(first.journeyId);
        return s.factsSeen >= 2 && s;
      },
      { description: 'both reports to reach the one journey', timeoutMs: 60_000 },
    );
    expect(state.journeyId).toBe(first.journeyId);
    const runs = [];
    for await (const run of client.workflow.list({ query: `WorkflowId = '${journeyWorkflowId(first.journeyId)}'` })) runs.push(run);
    expect(runs).toHaveLength(1);
  });

  it('dead-letters a malformed fact with its reason and keeps routing the next one', async () => {
    const kafka = createKafka({ clientId: 'harbour-e2e-bad-producer', brokers, logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    const marker = uniqueName('malformed');
    await producer.send({
      topic: Topics.reporting,
      messages: [{ key: marker, value: '{"reportId": 42}', headers: { ce_type: 'harbour.reporting.report.received.v1', marker } }],
    });
    await producer.disconnect();

    const deadLetters = await readTopic(brokers, deadLetterTopic(Topics.reporting), {
      until: (read) => read.some((r) => r.headers.marker === marker),
      timeoutMs: 60_000,
    });
    const parked = deadLetters.find((r) => r.headers.marker === marker)!;
    expect(parked.headers['harbour-dlq-reason']).toMatch(/missing CloudEvents headers: ce_id, ce_source/);
    expect(parked.headers['harbour-dlq-topic']).toBe(Topics.reporting);
    expect(parked.value).toBe('{"reportId": 42}');
    expect(JourneyFactTopics).toContain(Topics.reporting);

    const { body: after } = await report(uniqueName('BE-POL-2026/V'));
    await waitFor(() => journeyState(after.journeyId), { description: 'the next good fact to start its journey', timeoutMs: 60_000 });
  });
});
