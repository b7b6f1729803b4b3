import { NestExpressApplication } from '@nestjs/platform-express';
import { ComplaintTransmittedEvent, ReportReceivedEvent } from '@harbour/contracts';
import { uniqueName } from '@harbour/testing';
import { bearer, database, http, police, policeReport, reportingFacts, reportingRecords, startReportingService, stopReportingService } from './support/reporting-testbed';

describe('reporting: channels and cross-border complaints', () => {
  let app: NestExpressApplication;
  const post = (body: Record<string, unknown>, token = police()) => http(app).post('/reports').auth(token, { type: 'bearer' }).send(body);
  const transmit = (reportId: string, token = police()) => http(app).post(`/reports/${reportId}/transmissions`).auth(token, { type: 'bearer' });

  beforeAll(async () => {
    app = await startReportingService();
  });
  afterAll(() => stopReportingService(app));

  it("records a third party's report with the victim's consent, keeping the relation encrypted and out of the fact", async () => {
    const relation = uniqueName('neighbour-of-the-victim');
    const { body: receipt } = await post(policeReport({ channel: 'third-party', thirdParty: { relation, victimConsent: true } })).expect(201);

    const stored = await database(app).collection('reports').findOne({ _id: receipt.reportId as never });
    expect(stored).toMatchObject({ channel: 'third-party', victimConsentRecordedAt: expect.any(Date), personal: { thirdPartyRelation: expect.stringMatching(/^hk1:/) } });
    expect(JSON.stringify(stored)).not.toContain(relation);
    const { body: view } = await http(app).get(`/reports/${receipt.reportId}`).auth(police(), { type: 'bearer' }).expect(200);
    expect(view.personal.thirdPartyRelation).toBe(relation);

    const [received] = await reportingFacts(receipt.journeyId, [ReportReceivedEvent.type]);
    expect(received.data).toMatchObject({ reportId: receipt.reportId, channel: 'third-party' });
    const records = await reportingRecords([receipt.journeyId], (read) => read.length > 0);
    expect(JSON.stringify(records)).not.toContain(relation);
  });

  it.each([
    ['a third-party report without consent', { channel: 'third-party', thirdParty: { relation: 'sister', victimConsent: false } }, 'thirdParty.victimConsent must be true'],
    ['a third-party report without its relation and consent', { channel: 'third-party' }, 'thirdParty is required for a third-party report'],
    ['third-party details on a police report', { thirdParty: { relation: 'sister', victimConsent: true } }, 'thirdParty is only for channel "third-party"'],
    ['a crime country Harbour does not serve', { crimeCountry: 'XX' }, 'crimeCountry must be a country Harbour serves'],
    ['an unknown residency status', { residencyStatus: 'illegal' }, 'residencyStatus must be one of the following values'],
  ])('refuses %s with a precise 400', async (_case, overrides, message) => {
    const { body } = await post(policeReport(overrides)).expect(400);
    expect(body.message.join('; ')).toContain(message);
  });

  it('publishes where the crime took place, and that it was abroad, with the report', async () => {
    const abroad = (await post(policeReport({ crimeCountry: 'NL' })).expect(201)).body;
    const atHome = (await post(policeReport({ crimeCountry: 'BE' })).expect(201)).body;
    const [first] = await reportingFacts(abroad.journeyId, [ReportReceivedEvent.type]);
    const [second] = await reportingFacts(atHome.journeyId, [ReportReceivedEvent.type]);
    expect(first.data).toMatchObject({ country: 'BE', crimeCountry: 'NL', crimeAbroad: true });
    expect(second.data).toMatchObject({ country: 'BE', crimeCountry: 'BE', crimeAbroad: false });
  });

  it('passes a cross-border complaint on to the country of the crime once, and publishes ComplaintTransmitted', async () => {
    const { body: receipt } = await post(policeReport({ crimeCountry: 'NL' })).expect(201);

    const { body: transmission } = await transmit(receipt.reportId).expect(201);
    const again = await transmit(receipt.reportId).expect(201);

    expect(transmission).toEqual({ reportId: receipt.reportId, transmissionId: expect.any(String), toCountry: 'NL', transmittedAt: expect.any(String) });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(transmission);
    const facts = await reportingFacts(receipt.journeyId, [ReportReceivedEvent.type, ComplaintTransmittedEvent.type]);
    const transmitted = facts.filter((fact) => fact.type === ComplaintTransmittedEvent.type);
    expect(transmitted).toHaveLength(1);
    expect(transmitted[0]).toMatchObject({ subject: receipt.journeyId, data: transmission });
    expect(Object.keys(transmitted[0].data).sort()).toEqual(['reportId', 'toCountry', 'transmissionId', 'transmittedAt']);
  });

  it.each([
    ['a report that is no formal complaint', { crimeCountry: 'NL', formalComplaint: false }],
    ['a complaint about a crime at home', { crimeCountry: 'BE' }],
    ['a complaint without a crime country', {}],
  ])('does not transmit %s (409)', async (_case, overrides) => {
    const { body: receipt } = await post(policeReport(overrides)).expect(201);
    const { body } = await transmit(receipt.reportId).expect(409);
    expect(body.message).toMatch(/only a formal complaint about a crime committed in another country/);
  });

  it('answers 404 for a report that does not exist and 400 for an id that is none', async () => {
    await transmit('3f1e7c4a-9b2d-4e8f-a6c1-0d5b7e9f2a43').expect(404);
    await transmit('not-a-report').expect(400);
  });

  it('lets a machine client record reports but not transmit them', async () => {
    const { body: receipt } = await post(policeReport({ crimeCountry: 'NL' }), bearer('service')).expect(201);
    await transmit(receipt.reportId, bearer('service')).expect(403);
  });
});
