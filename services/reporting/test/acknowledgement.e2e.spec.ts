import { NestExpressApplication } from '@nestjs/platform-express';
import { ApplicationFailure } from '@temporalio/common';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AcknowledgementTranslationRequestedEvent, ComplaintAcknowledgedEvent, ReportingActivities, ReportReceivedEvent } from '@harbour/contracts';
import { connectTemporalClient, runHarbourWorker } from '@harbour/temporal';
import { uniqueName } from '@harbour/testing';
import { joinJourney, TestOrganisations } from '@harbour/testing';
import { renderAcknowledgementPdf } from '../src/acknowledgements/acknowledgement-pdf';
import { IssueAcknowledgement } from '../src/acknowledgements/issue-acknowledgement';
import { createReportingActivities } from '../src/activities/reporting-activities';
import { ReportingActivityWorker } from '../src/activities/reporting-activity-worker';
import { reportingAssetsFolder } from '../src/assets-folder';
import { VictimTexts } from '../src/victim-texts/victim-texts';
import type { acknowledgeThroughTemporal } from './support/acknowledge-through-temporal.workflow';
import { bearer, database, http, pdfText, police, policeReport, reportingFacts, startReportingService, stopReportingService } from './support/reporting-testbed';

describe('reporting: written acknowledgement of a formal complaint (VRD Art 5)', () => {
  let app: NestExpressApplication;
  let activities: ReportingActivities;
  const report = async (overrides: Record<string, unknown> = {}) =>
    (await http(app).post('/reports').auth(police(), { type: 'bearer' }).send(policeReport(overrides)).expect(201)).body as { reportId: string; journeyId: string };
  const acknowledge = (reportId: string) => http(app).post(`/reports/${reportId}/acknowledgement`).auth(police(), { type: 'bearer' });
  const pdfOf = async (reportId: string, token = police()) =>
    (await http(app).get(`/reports/${reportId}/acknowledgement.pdf`).auth(token, { type: 'bearer' }).responseType('blob').expect(200)).body as Buffer;

  beforeAll(async () => {
    app = await startReportingService();
    activities = createReportingActivities({ issueAcknowledgement: app.get(IssueAcknowledgement) });
  });
  afterAll(() => stopReportingService(app));

  it("writes it in the victim's language, keeps it encrypted with its SHA-256, and publishes ComplaintAcknowledged", async () => {
    const complaint = await report({ language: 'fr', crimeCountry: 'NL' });

    const { body: acknowledgement } = await acknowledge(complaint.reportId).expect(201);
    await joinJourney(app, complaint.journeyId, TestOrganisations['prosecutor-liaison'] as string, 'justice-authority');
    const pdf = await pdfOf(complaint.reportId, bearer('prosecutor-liaison'));

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(complaint.reportId);
    expect(text).toContain('Accusé de réception écrit de votre plainte');
    expect(text).toContain("Traite aux fins d'exploitation par le travail");
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(acknowledgement).toEqual({ reportId: complaint.reportId, language: 'fr', acknowledgedAt: expect.any(String), documentSha256: sha256 });

    const stored = await database(app).collection('reports').findOne({ _id: complaint.reportId as never });
    expect(stored?.acknowledgement).toMatchObject({ documentSha256: sha256, encryptedDocument: expect.stringMatching(/^hk1:/) });
    expect(stored?.acknowledgement.encryptedDocument).not.toContain(pdf.toString('base64').slice(0, 40));

    const facts = await reportingFacts(complaint.journeyId, [ComplaintAcknowledgedEvent.type]);
    expect(facts.find((fact) => fact.type === ComplaintAcknowledgedEvent.type)).toMatchObject({ subject: complaint.journeyId, data: acknowledgement });
  });

  it('acknowledges a complaint once: asking again returns the same document and publishes nothing more', async () => {
    const complaint = await report({ language: 'de' });
    const first = (await acknowledge(complaint.reportId).expect(201)).body;
    const again = (await acknowledge(complaint.reportId).expect(201)).body;
    expect(again).toEqual(first);
    expect(pdfText(await pdfOf(complaint.reportId))).toContain('Schriftliche Bestätigung Ihrer Anzeige');
    const facts = await reportingFacts(complaint.journeyId, [ComplaintAcknowledgedEvent.type]);
    expect(facts.filter((fact) => fact.type === ComplaintAcknowledgedEvent.type)).toHaveLength(1);
  });

  const translate = (reportId: string, body: object) => http(app).post(`/reports/${reportId}/acknowledgement/translation`).auth(police(), { type: 'bearer' }).send(body);

  it('writes in English for a Romanian victim but does not meet Art 5 until the translation into Romanian is recorded (Art 5(3))', async () => {
    const complaint = await report({ language: 'ro' });
    const issued = (await acknowledge(complaint.reportId).expect(201)).body;
    expect(issued).toMatchObject({ language: 'en', awaitingTranslationInto: 'ro' });
    expect(pdfText(await pdfOf(complaint.reportId))).toContain('Written acknowledgement of your complaint');
    const { body: pending } = await http(app).get(`/reports/${complaint.reportId}`).auth(police(), { type: 'bearer' }).expect(200);
    expect(pending.acknowledgement).toMatchObject({ language: 'en', awaitingTranslationInto: 'ro' });
    // Nothing that meets Art 5 yet: the translation step is on the topic, no acknowledgement.
    const before = await reportingFacts(complaint.journeyId, [ReportReceivedEvent.type, AcknowledgementTranslationRequestedEvent.type]);
    expect(before.find((fact) => fact.type === AcknowledgementTranslationRequestedEvent.type)?.data).toEqual({
      reportId: complaint.reportId,
      writtenIn: 'en',
      into: 'ro',
      requestedAt: issued.acknowledgedAt,
    });
    expect(before.filter((fact) => fact.type === ComplaintAcknowledgedEvent.type)).toEqual([]);

    // A translation into another language, or a file that is no PDF, is refused.
    const translated = await renderAcknowledgementPdf(
      { reportId: complaint.reportId, receivedAt: new Date(), country: 'BE', crimeType: 'trafficking-labour-exploitation' },
      { ...VictimTexts.load(path.join(reportingAssetsFolder(), 'texts')).in('en'), language: 'ro' },
      new Date(),
    );
    await translate(complaint.reportId, { language: 'bg', document: translated.toString('base64') }).expect(409);
    await translate(complaint.reportId, { language: 'ro', document: Buffer.from('not a pdf').toString('base64') }).expect(409);

    const done = (await translate(complaint.reportId, { language: 'ro', document: translated.toString('base64') }).expect(201)).body;
    const sha256 = createHash('sha256').update(translated).digest('hex');
    expect(done).toEqual({ reportId: complaint.reportId, language: 'ro', acknowledgedAt: expect.any(String), documentSha256: sha256 });
    expect(createHash('sha256').update(await pdfOf(complaint.reportId)).digest('hex')).toBe(sha256);
    const { body: shown } = await http(app).get(`/reports/${complaint.reportId}`).auth(police(), { type: 'bearer' }).expect(200);
    expect(shown.acknowledgement).toEqual({ language: 'ro', acknowledgedAt: done.acknowledgedAt, documentSha256: sha256 });
    const facts = await reportingFacts(complaint.journeyId, [ComplaintAcknowledgedEvent.type]);
    expect(facts.filter((fact) => fact.type === ComplaintAcknowledgedEvent.type).map((fact) => fact.data)).toEqual([done]);
    // Asked again, both answer with the translated acknowledgement.
    expect((await acknowledge(complaint.reportId).expect(201)).body).toEqual(done);
    expect((await translate(complaint.reportId, { language: 'ro', document: translated.toString('base64') }).expect(201)).body).toEqual(done);
  });

  it('has no translation to record for an acknowledgement written in the victim’s language', async () => {
    const complaint = await report({ language: 'fr' });
    await acknowledge(complaint.reportId).expect(201);
    await translate(complaint.reportId, { language: 'fr', document: Buffer.from('%PDF-1.7').toString('base64') }).expect(409);
  });

  it('refuses a report that is no formal complaint (409), and has no document before one is issued (404)', async () => {
    const notAComplaint = await report({ formalComplaint: false });
    await acknowledge(notAComplaint.reportId).expect(409);
    await http(app).get(`/reports/${notAComplaint.reportId}/acknowledgement.pdf`).auth(police(), { type: 'bearer' }).expect(404);
  });

  it("issues it when a journey asks through Temporal, on the service's own task queue", async () => {
    const complaint = await report({ language: 'nl' });
    const reportingQueue = app.get(ReportingActivityWorker).taskQueue;
    expect(reportingQueue).toBe(process.env.REPORTING_TASK_QUEUE);
    const journeyQueue = uniqueName('reporting-test-journey');
    const journeyWorker = await runHarbourWorker({ taskQueue: journeyQueue, workflowsPath: require.resolve('./support/acknowledge-through-temporal.workflow') });
    const client = await connectTemporalClient();
    try {
      const result = await client.workflow.execute<typeof acknowledgeThroughTemporal>('acknowledgeThroughTemporal', {
        taskQueue: journeyQueue,
        workflowId: uniqueName('reporting-test-acknowledge'),
        args: [reportingQueue, { journeyId: complaint.journeyId, reportId: complaint.reportId }],
      });
      expect(result).toEqual({ reportId: complaint.reportId, language: 'nl', acknowledgedAt: expect.any(String), documentSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(pdfText(await pdfOf(complaint.reportId))).toContain('Schriftelijke ontvangstbevestiging van uw klacht');
      const facts = await reportingFacts(complaint.journeyId, [ComplaintAcknowledgedEvent.type]);
      expect(facts.find((fact) => fact.type === ComplaintAcknowledgedEvent.type)?.data).toEqual(result);
    } finally {
      await client.connection.close();
      await journeyWorker.shutdown();
    }
  });

  it('fails for good when the journey names a report not its own, or a malformed command', async () => {
    const complaint = await report();
    const otherJourney = '5d9f0c1e-2b3a-4c5d-8e6f-7a8b9c0d1e2f';
    const foreign = activities.issueComplaintAcknowledgement({ journeyId: otherJourney, reportId: complaint.reportId });
    await expect(foreign).rejects.toBeInstanceOf(ApplicationFailure);
    await expect(foreign).rejects.toMatchObject({ nonRetryable: true, message: `report ${complaint.reportId} not found in this journey` });
    const malformed = activities.issueComplaintAcknowledgement({ journeyId: 'maria', reportId: complaint.reportId });
    await expect(malformed).rejects.toMatchObject({ nonRetryable: true, message: expect.stringContaining('journeyId must be a UUID') });
  });

  it('writes a document in a language added as a data file only', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'harbour-texts-'));
    try {
      cpSync(path.join(reportingAssetsFolder(), 'texts'), folder, { recursive: true });
      const spanish = JSON.parse(readFileSync(path.join(folder, 'en.json'), 'utf8'));
      spanish.acknowledgement.title = 'Acuse de recibo por escrito de su denuncia';
      writeFileSync(path.join(folder, 'es.json'), JSON.stringify(spanish));
      const texts = VictimTexts.load(folder).in('es');
      const pdf = await renderAcknowledgementPdf(
        { reportId: '6f1c2a3e-9b7d-4c1e-8a2b-1d3e5f7a9b0c', receivedAt: new Date('2026-03-02T09:30:00Z'), country: 'ES', crimeType: 'trafficking-other' },
        texts,
        new Date('2026-03-02T16:00:00Z'),
      );
      expect(pdfText(pdf)).toContain('Acuse de recibo por escrito de su denuncia');
      expect(pdfText(pdf)).toContain('6f1c2a3e-9b7d-4c1e-8a2b-1d3e5f7a9b0c');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

