import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from '@temporalio/client';
import { Connection } from 'mongoose';
import request from 'supertest';
import {
  AnonymousReportReceivedEvent,
  CloudEvent,
  ComplaintAcknowledgedEvent,
  ComplaintTransmittedEvent,
  fromKafkaRecord,
  journeyStateQuery,
  journeyWorkflowId,
  ReportLinkedToJourneyEvent,
  ReportReceivedEvent,
  Topics,
  validateEvent,
} from '@harbour/contracts';
import { createKafka, KafkaEventPublisher } from '@harbour/messaging';
import { issueDevelopmentToken } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { connectTemporalClient, RunningWorker, runJourneyWorker } from '@harbour/temporal';
import { readTopic, testServers, uniqueName, waitFor } from '@harbour/testing';
import { ReportingModule } from '../services/reporting/src/app.module';
import { createJourneyActivities } from '../workflows/runtime/src/journey-activities';
import { JourneyRouter } from '../workflows/runtime/src/journey-router';

/**
 * Reporting's facts reach the victim's journey: each fact is read back from Kafka as published
 * and routed by the journey router's own code to VictimJourney, on a task queue of this test's
 * own (a router consuming the shared topics would also route other runs' facts).
 */
describe("reporting's facts reach the journey", () => {
  const police = issueDevelopmentToken({ subject: 'officer-17', roles: ['first-responder'], organisationId: 'be-police-antwerp' });
  const journeyQueue = uniqueName('journeys-reporting-e2e');
  const started: string[] = [];
  let reporting: NestExpressApplication;
  let client: Client;
  let worker: RunningWorker;
  let publisher: KafkaEventPublisher;
  let router: JourneyRouter;

  beforeAll(async () => {
    process.env.MONGO_DB = uniqueName('harbour-reporting-journey-e2e');
    process.env.REPORTING_TASK_QUEUE = uniqueName('reporting-journey-e2e');
    reporting = await createServiceApp(ReportingModule, { name: 'reporting', logger: false });
    client = await connectTemporalClient();
    publisher = new KafkaEventPublisher(createKafka({ clientId: 'harbour-reporting-journey-e2e' }));
    await publisher.connect();
    worker = await runJourneyWorker({ taskQueue: journeyQueue, activities: createJourneyActivities({ publisher }) });
    router = new JourneyRouter(client, journeyQueue);
  });

  afterAll(async () => {
    for (const journeyId of started) await client.workflow.getHandle(journeyWorkflowId(journeyId)).terminate('end of test').catch(() => undefined);
    await worker?.shutdown();
    await publisher?.disconnect();
    await client?.connection.close();
    await database()?.dropDatabase();
    await reporting?.close();
  });

  const http = () => request(reporting.getHttpServer());
  const database = () => reporting.get<Connection>(getConnectionToken());

  /** The subject's facts as published, once every expected type is on the topic, routed to its journey in order. */
  async function routeFacts(subject: string, types: string[]): Promise<CloudEvent<object>[]> {
    const records = await readTopic(testServers().kafkaBrokers, Topics.reporting, {
      until: (read) => types.every((type) => read.some((record) => record.key === subject && record.headers.ce_type === type)),
    });
    const facts = records
      .filter((record) => record.key === subject)
      .map((record) => {
        const validated = validateEvent(fromKafkaRecord(record));
        if (!validated.ok) throw new Error(validated.reason);
        return validated.value;
      });
    for (const fact of facts) await router.route(fact);
    started.push(subject);
    return facts;
  }

  // Bounded, so that a query the server leaves unanswered (a worker busy on a loaded machine) is asked again.
  const stateOf = (journeyId: string) =>
    client.withDeadline(Date.now() + 5_000, () => client.workflow.getHandle(journeyWorkflowId(journeyId)).query(journeyStateQuery));

  it('a formal complaint about a crime abroad: received, transmitted and acknowledged, which meets VRD Art 5', async () => {
    const { body: receipt } = await http()
      .post('/reports')
      .auth(police, { type: 'bearer' })
      .send({ channel: 'police', country: 'BE', crimeCountry: 'NL', crimeType: 'trafficking-labour-exploitation', language: 'fr', formalComplaint: true, victimReference: uniqueName('BE-POL/V') })
      .expect(201);
    await http().post(`/reports/${receipt.reportId}/transmissions`).auth(police, { type: 'bearer' }).expect(201);
    await http().post(`/reports/${receipt.reportId}/acknowledgement`).auth(police, { type: 'bearer' }).expect(201);

    await routeFacts(receipt.journeyId, [ReportReceivedEvent.type, ComplaintTransmittedEvent.type, ComplaintAcknowledgedEvent.type]);

    const state = await waitFor(
      async () => {
        const current = await stateOf(receipt.journeyId);
        return current.factsSeen >= 3 && current;
      },
      { description: 'the journey to take the three facts', timeoutMs: 60_000 },
    );
    expect(state).toMatchObject({ journeyId: receipt.journeyId, country: 'BE', language: 'fr' });
    expect(state.obligations.find((obligation) => obligation.ruleId === 'vrd-5-acknowledgement')).toMatchObject({ status: 'met', subjectKey: receipt.reportId });
  });

  it('an anonymous report opens a journey of its own that holds nothing of the sender, and is linked when its sender names it', async () => {
    const canary = uniqueName('canary-journey');
    const { body: sent } = await http()
      .post('/anonymous-reports')
      .set('User-Agent', `${canary}-agent`)
      .set('X-Forwarded-For', '198.51.100.23')
      .send({ country: 'BE', crimeType: 'trafficking-other', language: 'nl', text: `${canary} in the message` })
      .expect(201);
    const { body: conversion } = await http()
      .post('/anonymous-reports/conversion')
      .set('X-Receipt-Code', sent.receiptCode)
      .send({ country: 'BE', crimeType: 'trafficking-other', language: 'nl', formalComplaint: false, fullName: `${canary} name` })
      .expect(201);
    const caseId = (await database().collection('anonymous_reports').findOne({ _id: sent.reportId }))!.caseId as string;

    await routeFacts(caseId, [AnonymousReportReceivedEvent.type, ReportLinkedToJourneyEvent.type]);

    const state = await waitFor(
      async () => {
        const current = await stateOf(caseId);
        return current.factsSeen >= 2 && current;
      },
      { description: 'the anonymous case journey to take both facts', timeoutMs: 60_000 },
    );
    expect(state.journeyId).toBe(caseId);
    const history = JSON.stringify(await client.workflow.getHandle(journeyWorkflowId(caseId)).fetchHistory());
    for (const trace of [canary, sent.receiptCode, '198.51.100.23', conversion.reportId]) expect(history).not.toContain(trace);
  });
});
