import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { fromKafkaRecord, ReportReceivedEvent, Topics, validateEvent } from '@harbour/contracts';
import { issueDevelopmentToken } from '@harbour/security';
import { readTopic, testServers, uniqueName, waitFor } from '@harbour/testing';
import { database, http as httpOf, police, policeReport as report, startReportingService, stopReportingService } from './support/reporting-testbed';

const responder = police();

describe('reporting: POST /reports', () => {
  let app: NestExpressApplication;
  const http = () => httpOf(app);
  const post = (body: unknown, token = responder) => http().post('/reports').auth(token, { type: 'bearer' }).send(body as object);
  const reportsCollection = () => database(app).collection('reports');

  beforeAll(async () => {
    app = await startReportingService();
  });
  afterAll(() => stopReportingService(app));

  it('stores the report and publishes ReportReceived for a new pseudonymous journey, with the region and the acting organisation, without the victim reference', async () => {
    const body = report({ region: 'BE-VLG' });
    const { body: receipt } = await post(body).expect(201);
    expect(receipt).toEqual({ reportId: expect.any(String), journeyId: expect.any(String), receivedAt: expect.any(String) });

    const records = await readTopic(testServers().kafkaBrokers, Topics.reporting, {
      until: (read) => read.some((r) => r.key === receipt.journeyId),
    });
    const event = fromKafkaRecord(records.find((r) => r.key === receipt.journeyId)!);
    expect(validateEvent(event).ok).toBe(true);
    expect(event).toMatchObject({ type: ReportReceivedEvent.type, subject: receipt.journeyId, source: '/harbour/reporting' });
    expect(event.data).toEqual({
      reportId: receipt.reportId,
      channel: 'police',
      country: 'BE',
      crimeType: 'trafficking-labour-exploitation',
      language: 'ro',
      formalComplaint: true,
      receivedAt: receipt.receivedAt,
      region: 'BE-VLG',
      actingOrganisationId: 'be-police-antwerp',
    });
    expect(JSON.stringify(records)).not.toContain(body.victimReference);

    const stored = await reportsCollection().findOne({ _id: receipt.reportId as never });
    expect(JSON.stringify(stored)).not.toContain(body.victimReference);
    await waitFor(async () => (await reportsCollection().findOne({ _id: receipt.reportId as never }))?.outbox.length === 0, {
      description: 'the outbox entry to be cleared once published',
    });
  });

  it('joins a second report about the same victim to the same journey, and another victim to another', async () => {
    const victimReference = uniqueName('BE-POL-2026/V');
    const first = await post(report({ victimReference })).expect(201);
    const second = await post(report({ victimReference: ` ${victimReference.toLowerCase()} `.trim(), formalComplaint: false })).expect(201);
    const other = await post(report()).expect(201);
    expect(second.body.journeyId).toBe(first.body.journeyId);
    expect(second.body.reportId).not.toBe(first.body.reportId);
    expect(other.body.journeyId).not.toBe(first.body.journeyId);
  });

  it('joins the journey a screening opened when the report names it, and refuses a reference already linked to another journey', async () => {
    const screenedJourney = randomUUID();
    const victimReference = uniqueName('BE-POL-2026/V');
    const first = await post(report({ victimReference, journeyId: screenedJourney })).expect(201);
    expect(first.body.journeyId).toBe(screenedJourney);
    const again = await post(report({ victimReference, journeyId: screenedJourney, formalComplaint: false })).expect(201);
    expect(again.body.journeyId).toBe(screenedJourney);
    const conflicting = await post(report({ victimReference, journeyId: randomUUID() })).expect(409);
    expect(conflicting.body.message).toBe('victimReference is already linked to another journey than the journeyId named');
    expect(await reportsCollection().countDocuments({ journeyId: screenedJourney })).toBe(2);
    const malformed = await post(report({ journeyId: 'journey-1' })).expect(400);
    expect(malformed.body.message).toEqual(['journeyId must be a UUID']);
  });

  it('answers a retried request with the same Idempotency-Key with the first receipt, storing one report', async () => {
    const key = uniqueName('retry').replace(/[^A-Za-z0-9_-]/g, '-');
    const body = report();
    const first = await post(body).set('Idempotency-Key', key).expect(201);
    const retry = await post(body).set('Idempotency-Key', key).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await reportsCollection().countDocuments({ journeyId: first.body.journeyId })).toBe(1);
  });

  it.each([
    ['a missing field', { country: undefined }, 'country must be a country Harbour serves'],
    ['a country Harbour does not serve', { country: 'US' }, 'country must be a country Harbour serves'],
    ['an unknown field', { victimName: 'Maria' }, 'property victimName should not exist'],
    ['a wrong type', { formalComplaint: 'yes' }, 'formalComplaint must be a boolean value'],
    ['an unknown crime type', { crimeType: 'theft' }, 'crimeType must be one of the following values'],
    ['a channel with its own flow', { channel: 'anonymous' }, 'channel must be one of the following values: police, online, third-party'],
    ['a language that is no ISO 639-1 code', { language: 'Romanian' }, 'language must be an ISO 639-1 code'],
    ['a region of another country', { region: 'NL-ZH' }, 'region NL-ZH is not a region of BE'],
    ['a region the holiday calendars do not know', { country: 'DE', region: 'DE-XX' }, 'region DE-XX is not a region of DE the holiday calendars know'],
  ])('refuses %s with a precise 400 and stores nothing', async (_case, overrides, message) => {
    const before = await reportsCollection().countDocuments();
    const { body: error } = await post(report(overrides)).expect(400);
    expect(error.message.join('; ')).toContain(message);
    expect(await reportsCollection().countDocuments()).toBe(before);
  });

  it('refuses a 2 MB body with 413', async () => {
    const { body } = await post(report({ victimReference: 'x'.repeat(2 << 20) })).expect(413);
    expect(body.message).toMatch(/the limit is 65536 bytes/);
  });

  it('lets only first responders and integrated systems report', async () => {
    await http().post('/reports').send(report()).expect(401);
    const caseWorker = issueDevelopmentToken({ subject: 'cw', roles: ['support-case-worker'], organisationId: 'be-harbourline-antwerp' });
    await post(report(), caseWorker).expect(403);
    const nationalSystem = issueDevelopmentToken({ subject: 'be-justice-system', roles: ['service'] });
    await post(report(), nationalSystem).expect(201);
  });
});
