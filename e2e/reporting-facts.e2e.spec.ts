import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import request from 'supertest';
import {
  AnonymousReportReceivedEvent,
  ComplaintAcknowledgedEvent,
  ComplaintTransmittedEvent,
  ReportLinkedToJourneyEvent,
  ReportReceivedEvent,
  Topics,
} from '@harbour/contracts';
import { issueDevelopmentToken } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { uniqueName } from '@harbour/testing';
import { ReportingModule } from '../services/reporting/src/app.module';
import { RoutedJourneys } from './support/routed-journeys';

/** Reporting's facts reach the victim's journey, routed as the journey router routes them. */
describe("reporting's facts reach the journey", () => {
  const police = issueDevelopmentToken({ subject: 'officer-17', roles: ['first-responder'], organisationId: 'be-police-antwerp' });
  let reporting: NestExpressApplication;
  let journeys: RoutedJourneys;

  beforeAll(async () => {
    process.env.MONGO_DB = uniqueName('harbour-reporting-journey-e2e');
    // Reporting serves the queue the journey asks it on, as on the platform.
    delete process.env.REPORTING_TASK_QUEUE;
    reporting = await createServiceApp(ReportingModule, { name: 'reporting', logger: false });
    journeys = await RoutedJourneys.start('reporting-e2e');
  });

  afterAll(async () => {
    await journeys?.stop();
    await database()?.dropDatabase();
    await reporting?.close();
  });

  const http = () => request(reporting.getHttpServer());
  const database = () => reporting.get<Connection>(getConnectionToken());

  it('a formal complaint about a crime abroad: received, transmitted and acknowledged, which meets VRD Art 5', async () => {
    const { body: receipt } = await http()
      .post('/reports')
      .auth(police, { type: 'bearer' })
      .send({ channel: 'police', country: 'BE', crimeCountry: 'NL', crimeType: 'trafficking-labour-exploitation', language: 'fr', formalComplaint: true, victimReference: uniqueName('BE-POL/V') })
      .expect(201);
    await http().post(`/reports/${receipt.reportId}/transmissions`).auth(police, { type: 'bearer' }).expect(201);
    await http().post(`/reports/${receipt.reportId}/acknowledgement`).auth(police, { type: 'bearer' }).expect(201);

    await journeys.route(Topics.reporting, receipt.journeyId, [ReportReceivedEvent.type, ComplaintTransmittedEvent.type, ComplaintAcknowledgedEvent.type]);

    const state = await journeys.until(receipt.journeyId, 'the journey to take the three facts', (current) => current.factsSeen >= 3);
    expect(state).toMatchObject({ journeyId: receipt.journeyId, country: 'BE', language: 'fr' });
    expect(state.obligations.find((obligation) => obligation.ruleId === 'vrd-5-acknowledgement')).toMatchObject({ status: 'met', subjectKey: receipt.reportId });
  });

  it('the journey asks reporting for the Art 5 acknowledgement of a formal complaint: nobody calls the route, the document exists and its fact meets VRD Art 5', async () => {
    const { body: receipt } = await http()
      .post('/reports')
      .auth(police, { type: 'bearer' })
      .send({ channel: 'police', country: 'BE', crimeCountry: 'BE', crimeType: 'trafficking-labour-exploitation', language: 'fr', formalComplaint: true, victimReference: uniqueName('BE-POL/V') })
      .expect(201);
    await journeys.route(Topics.reporting, receipt.journeyId, [ReportReceivedEvent.type]);
    await journeys.route(Topics.reporting, receipt.journeyId, [ReportReceivedEvent.type, ComplaintAcknowledgedEvent.type]);

    const state = await journeys.until(receipt.journeyId, 'vrd-5 met', (current) => current.obligations.some((o) => o.ruleId === 'vrd-5-acknowledgement' && o.status === 'met'));
    expect(state.obligations.find((obligation) => obligation.ruleId === 'vrd-5-acknowledgement')).toMatchObject({
      subjectKey: receipt.reportId,
      evidence: `complaint acknowledged: reportId ${receipt.reportId}, language fr`,
    });
    const pdf = await http().get(`/reports/${receipt.reportId}/acknowledgement.pdf`).auth(police, { type: 'bearer' }).responseType('blob').expect(200);
    expect(Buffer.from(pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
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

    await journeys.route(Topics.reporting, caseId, [AnonymousReportReceivedEvent.type, ReportLinkedToJourneyEvent.type]);

    const state = await journeys.until(caseId, 'the anonymous case journey to take both facts', (current) => current.factsSeen >= 2);
    expect(state.journeyId).toBe(caseId);
    const history = JSON.stringify(await journeys.history(caseId));
    for (const trace of [canary, sent.receiptCode, '198.51.100.23', conversion.reportId]) expect(history).not.toContain(trace);
  });
});
