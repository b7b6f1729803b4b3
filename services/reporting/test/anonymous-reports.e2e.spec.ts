import { NestExpressApplication } from '@nestjs/platform-express';
import { AnonymousReportReceivedEvent, ReportLinkedToJourneyEvent, ReportReceivedEvent } from '@harbour/contracts';
import { uniqueName } from '@harbour/testing';
import { joinJourney } from '@harbour/testing';
import { anonymousReport, bearer, database, http, police, reportingFacts, startReportingService, stopReportingService } from './support/reporting-testbed';

describe('reporting: anonymous reports', () => {
  let app: NestExpressApplication;
  const send = (body = anonymousReport()) => http(app).post('/anonymous-reports').send(body);
  const followUp = (code: string) => http(app).get('/anonymous-reports/follow-up').set('X-Receipt-Code', code);
  const addMessage = (code: string, text: string) => http(app).post('/anonymous-reports/follow-up/messages').set('X-Receipt-Code', code).send({ text });
  const caseIdOf = async (reportId: string) => (await database(app).collection('anonymous_reports').findOne({ _id: reportId as never }))!.caseId as string;

  beforeAll(async () => {
    app = await startReportingService();
  });
  afterAll(() => stopReportingService(app));

  it('gives the sender a receipt code and publishes AnonymousReportReceived for a case of its own, with codes only', async () => {
    const { body: receipt, headers } = await send().expect(201);

    expect(receipt).toEqual({ reportId: expect.any(String), receiptCode: expect.stringMatching(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/) });
    expect(headers['cache-control']).toBe('no-store');
    const caseId = await caseIdOf(receipt.reportId);
    const [received] = await reportingFacts(caseId, [AnonymousReportReceivedEvent.type]);
    expect(received).toMatchObject({ subject: caseId, data: { reportId: receipt.reportId, country: 'BE', crimeType: 'trafficking-sexual-exploitation', receivedAt: expect.stringMatching(/T\d\d:00:00\.000Z$/) } });
    expect(Object.keys(received.data).sort()).toEqual(['country', 'crimeType', 'receivedAt', 'reportId']);
    expect(received.traceparent).toBeUndefined();
  });

  it('stores the receipt code only as a keyed tag and a salted scrypt hash, and the message encrypted', async () => {
    const { body: receipt } = await send().expect(201);
    const stored = await database(app).collection('anonymous_reports').findOne({ _id: receipt.reportId as never });
    const raw = JSON.stringify(stored);
    expect(stored).toMatchObject({ codeTag: expect.stringMatching(/^[0-9a-f]{64}$/), codeHash: expect.stringMatching(/^scrypt\$/) });
    expect(raw).not.toContain(receipt.receiptCode);
    expect(raw).not.toContain(receipt.receiptCode.replace(/-/g, ''));
    expect(raw).not.toContain('passeports');
  });

  it('lets the sender read replies and add messages with the code, and a first responder read and reply', async () => {
    const { body: receipt } = await send().expect(201);
    const typedCode = receipt.receiptCode.toLowerCase().replace(/-/g, ' ');

    await addMessage(typedCode, 'Il y a aussi deux enfants.').expect(201);
    const { body: cases } = await http(app).get('/anonymous-reports?country=BE').auth(police(), { type: 'bearer' }).expect(200);
    expect(cases.map((item: { reportId: string }) => item.reportId)).toContain(receipt.reportId);
    const { body: seen } = await http(app).get(`/anonymous-reports/${receipt.reportId}`).auth(police(), { type: 'bearer' }).expect(200);
    expect(seen.messages.map((message: { from: string; text: string }) => [message.from, message.text])).toEqual([
      ['reporter', 'Ils gardent nos passeports dans un bureau à Gand.'],
      ['reporter', 'Il y a aussi deux enfants.'],
    ]);
    await http(app).post(`/anonymous-reports/${receipt.reportId}/replies`).auth(police(), { type: 'bearer' }).send({ text: 'Merci. Pouvez-vous nous appeler au 116 006 ?' }).expect(201);

    const { body: conversation } = await followUp(receipt.receiptCode).expect(200);
    expect(conversation).toMatchObject({ reportId: receipt.reportId, country: 'BE', crimeCountry: 'NL', language: 'fr', converted: false });
    expect(conversation.messages.at(-1)).toEqual({ from: 'responder', text: 'Merci. Pouvez-vous nous appeler au 116 006 ?', at: expect.any(String) });
    expect(JSON.stringify(conversation)).not.toContain('test-first-responder');
  });

  it('answers a code it does not know with 404, a malformed or missing one with 400, and never takes it from the URL', async () => {
    const { body: receipt } = await send().expect(201);
    const unknown = receipt.receiptCode.replace(/^./, (symbol: string) => (symbol === 'A' ? 'B' : 'A'));
    expect((await followUp(unknown).expect(404)).body.message).toBe('receipt code not known');
    expect((await followUp('1234').expect(400)).body.message).toMatch(/^X-Receipt-Code must hold the receipt code/);
    await http(app).get('/anonymous-reports/follow-up').expect(400);
    await http(app).get(`/anonymous-reports/follow-up?code=${receipt.receiptCode}`).expect(400);
  });

  it("documents the sender's routes as open without a token", async () => {
    const { body: openapi } = await http(app).get('/openapi.json').expect(200);
    for (const [path, method] of [['/anonymous-reports', 'post'], ['/anonymous-reports/follow-up', 'get'], ['/anonymous-reports/follow-up/messages', 'post'], ['/anonymous-reports/conversion', 'post']]) {
      expect({ path, method, security: openapi.paths[path][method].security }).toEqual({ path, method, security: [] });
    }
    expect(openapi.paths['/anonymous-reports'].get.security).toEqual([{ bearer: [] }]);
  });

  it.each([
    ['an unknown field', { ipAddress: '203.0.113.9' }, 'property ipAddress should not exist'],
    ['an empty message', { text: '' }, 'text must be longer than or equal to 1 characters'],
    ['a country Harbour does not serve', { country: 'US' }, 'country must be a country Harbour serves'],
  ])('refuses %s with a precise 400', async (_case, overrides, message) => {
    const { body } = await send(anonymousReport(overrides)).expect(400);
    expect(body.message.join('; ')).toContain(message);
  });

  it('turns into a named report on a journey when its sender asks, linking the anonymous case to it', async () => {
    const { body: receipt } = await send().expect(201);
    const caseId = await caseIdOf(receipt.reportId);
    const fullName = uniqueName('Maria Popescu');
    const named = { country: 'BE', crimeCountry: 'NL', crimeType: 'trafficking-sexual-exploitation', language: 'fr', formalComplaint: true, fullName, contact: 'via the 116 006 helpline' };

    const { body: conversion } = await http(app).post('/anonymous-reports/conversion').set('X-Receipt-Code', receipt.receiptCode).send(named).expect(201);
    const again = await http(app).post('/anonymous-reports/conversion').set('X-Receipt-Code', receipt.receiptCode).send(named).expect(201);

    expect(again.body).toEqual(conversion);
    // Referred to the NRM, the named journey is before its decision makers.
    const stored = await database(app).collection<{ _id: string; journeyId: string }>('reports').findOne({ _id: conversion.reportId });
    await joinJourney(app, stored?.journeyId ?? '', 'be-police-antwerp', 'referred-to-nrm');
    const { body: report } = await http(app).get(`/reports/${conversion.reportId}`).auth(bearer('nrm-decision-maker'), { type: 'bearer' }).expect(200);
    const audited = await database(app).collection('audit_log').find({ resource: { $regex: `^report/${conversion.reportId}` } }).sort({ sequence: 1 }).toArray();
    expect(audited.map(({ actor, action, resource }) => ({ actor, action, resource }))).toEqual([
      { actor: 'test-nrm-decision-maker', action: 'read-report', resource: `report/${conversion.reportId}` },
      { actor: 'test-nrm-decision-maker', action: 'read-victim-contact', resource: `report/${conversion.reportId}/contact` },
    ]);
    expect(report).toMatchObject({ channel: 'online', fromAnonymousReportId: receipt.reportId, formalComplaint: true, personal: { fullName } });
    expect(report.journeyId).not.toBe(caseId);
    const [received] = await reportingFacts(report.journeyId, [ReportReceivedEvent.type]);
    expect(received.data).toMatchObject({ reportId: conversion.reportId, channel: 'online', fromAnonymousReportId: receipt.reportId, crimeAbroad: true });
    const linked = (await reportingFacts(caseId, [ReportLinkedToJourneyEvent.type])).filter((fact) => fact.type === ReportLinkedToJourneyEvent.type);
    expect(linked).toHaveLength(1);
    expect(linked[0].data).toEqual({ reportId: receipt.reportId, linkedAt: conversion.linkedAt });
    expect((await followUp(receipt.receiptCode).expect(200)).body.converted).toBe(true);
  });
});

describe('reporting: the anonymous routes are rate-limited per client', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await startReportingService({ anonymousLimit: 2 });
  });
  afterAll(() => stopReportingService(app));

  it('answers 429 with Retry-After once a client has used its requests for the window', async () => {
    await http(app).post('/anonymous-reports').send(anonymousReport()).expect(201);
    await http(app).get('/anonymous-reports/follow-up').set('X-Receipt-Code', '0000-0000-0000-0000-0000-0000-0000').expect(404);
    const refused = await http(app).post('/anonymous-reports').send(anonymousReport()).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.message).toMatch(/^too many requests; try again in \d+ seconds$/);
  });
});

describe('reporting: the rate limit behind a trusted reverse proxy, shared by two replicas', () => {
  let replicas: NestExpressApplication[];
  beforeAll(async () => {
    process.env.HARBOUR_TRUSTED_PROXIES = '127.0.0.1';
    try {
      const first = await startReportingService({ anonymousLimit: 2 });
      // The second replica on the first one's database.
      const dbName = process.env.MONGO_DB;
      const second = await startReportingService({ anonymousLimit: 2, dbName });
      replicas = [first, second];
    } finally {
      delete process.env.HARBOUR_TRUSTED_PROXIES;
    }
  });
  afterAll(async () => {
    await replicas[1].close();
    await stopReportingService(replicas[0]);
  });

  const send = (replica: number, forwardedFor: string) =>
    http(replicas[replica]).get('/anonymous-reports/follow-up').set('X-Forwarded-For', forwardedFor).set('X-Receipt-Code', '0000-0000-0000-0000-0000-0000-0000');

  it("takes the client from the trusted proxy's X-Forwarded-For and counts it once across replicas", async () => {
    await send(0, '203.0.113.10').expect(404);
    await send(1, '203.0.113.10').expect(404);
    await send(0, '203.0.113.10').expect(429);
    // Another client behind the same proxy has its own count.
    await send(1, '198.51.100.20').expect(404);
    // What the client itself put in front of the header is not believed: the proxy's entry counts.
    await send(1, '198.51.100.99, 203.0.113.10').expect(429);
  });
});
