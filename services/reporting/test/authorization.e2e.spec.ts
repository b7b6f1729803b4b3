import { NestExpressApplication } from '@nestjs/platform-express';
import { HarbourRoles, Role } from '@harbour/security';
import { auditOperations, AuditRoutes, describeJourneyAuthorization, describeRoleAuthorization, JourneyContext, JourneyRoute, uniqueName } from '@harbour/testing';
import type { Test } from 'supertest';
import { bearer, http, police, POLICE_ORGANISATION, policeReport, startReportingService, stopReportingService } from './support/reporting-testbed';

type Caller = Role | 'no token';
const callers: Caller[] = ['no token', ...HarbourRoles];

/** A token for each role; organisation-bound roles and first responders name their organisation. */
function tokenOf(role: Role): string {
  if (role === 'first-responder') return police();
  if (role === 'support-case-worker') return bearer(role, 'be-harbourline-antwerp');
  return bearer(role);
}

interface Endpoint {
  route: string;
  /** Roles allowed, or 'public' for routes open without a token. */
  allowed: readonly Role[] | 'public';
  call: (app: NestExpressApplication) => Test;
}

describe('reporting authorization: every role, and no token, against every endpoint', () => {
  let app: NestExpressApplication;
  let reportId: string;
  let anonymousReportId: string;
  let receiptCode: string;

  beforeAll(async () => {
    app = await startReportingService();
    const report = await http(app).post('/reports').auth(police(), { type: 'bearer' }).send(policeReport({ crimeCountry: 'NL', residencyStatus: 'no-permit' })).expect(201);
    reportId = report.body.reportId;
    await http(app).post(`/reports/${reportId}/acknowledgement`).auth(police(), { type: 'bearer' }).expect(201);
    const anonymous = await http(app).post('/anonymous-reports').send(anonymousReport()).expect(201);
    anonymousReportId = anonymous.body.reportId;
    receiptCode = anonymous.body.receiptCode;
  });
  afterAll(() => stopReportingService(app));

  const anonymousReport = () => ({ country: 'BE', crimeType: 'trafficking-other', language: 'en', text: 'they keep our passports' });

  const endpoints: Endpoint[] = [
    { route: 'GET /', allowed: 'public', call: (a) => http(a).get('/') },
    { route: 'GET /assets/report-page.js', allowed: 'public', call: (a) => http(a).get('/assets/report-page.js') },
    { route: 'GET /assets/report-page.css', allowed: 'public', call: (a) => http(a).get('/assets/report-page.css') },
    { route: 'GET /health', allowed: 'public', call: (a) => http(a).get('/health') },
    { route: 'GET /openapi.json', allowed: 'public', call: (a) => http(a).get('/openapi.json') },
    {
      route: 'GET /reference/vocabularies',
      allowed: ['operations-analyst', 'auditor', 'service', 'first-responder', 'prosecutor-liaison'],
      call: (a) => http(a).get('/reference/vocabularies'),
    },
    {
      route: 'GET /reference/events',
      allowed: ['operations-analyst', 'auditor', 'service', 'first-responder', 'prosecutor-liaison'],
      call: (a) => http(a).get('/reference/events'),
    },
    { route: 'POST /reports', allowed: ['first-responder', 'service'], call: (a) => http(a).post('/reports').send(policeReport()) },
    { route: 'POST /anonymous-reports', allowed: 'public', call: (a) => http(a).post('/anonymous-reports').send(anonymousReport()) },
    { route: 'GET /anonymous-reports/follow-up', allowed: 'public', call: (a) => http(a).get('/anonymous-reports/follow-up').set('X-Receipt-Code', receiptCode) },
    {
      route: 'POST /anonymous-reports/follow-up/messages',
      allowed: 'public',
      call: (a) => http(a).post('/anonymous-reports/follow-up/messages').set('X-Receipt-Code', receiptCode).send({ text: 'still here' }),
    },
    {
      route: 'POST /anonymous-reports/conversion',
      allowed: 'public',
      call: (a) =>
        http(a)
          .post('/anonymous-reports/conversion')
          .set('X-Receipt-Code', receiptCode)
          .send({ country: 'BE', crimeType: 'trafficking-other', language: 'en', formalComplaint: false, fullName: uniqueName('name') }),
    },
    { route: 'GET /anonymous-reports?country=BE', allowed: ['first-responder'], call: (a) => http(a).get('/anonymous-reports?country=BE') },
    { route: 'GET /anonymous-reports/:reportId', allowed: ['first-responder'], call: (a) => http(a).get(`/anonymous-reports/${anonymousReportId}`) },
    {
      route: 'POST /anonymous-reports/:reportId/replies',
      allowed: ['first-responder'],
      call: (a) => http(a).post(`/anonymous-reports/${anonymousReportId}/replies`).send({ text: 'we can help' }),
    },
  ];

  const cases = endpoints.flatMap((endpoint) =>
    callers.map((caller) => {
      const admitted = endpoint.allowed === 'public' || (caller !== 'no token' && endpoint.allowed.includes(caller));
      const expected = admitted ? 'succeeds' : caller === 'no token' ? 'gets 401' : 'gets 403';
      return [endpoint.route, caller, expected, endpoint] as const;
    }),
  );

  it.each(cases)('%s by %s %s', async (_route, caller, expected, endpoint) => {
    const call = endpoint.call(app);
    const response = await (caller === 'no token' ? call : call.auth(tokenOf(caller), { type: 'bearer' }));
    if (expected === 'succeeds') expect(response.status).toBeLessThan(300);
    else expect(response.status).toBe(expected === 'gets 401' ? 401 : 403);
  });

  it("answers a first responder of another organisation 404 on the report's data and actions, as for a report that does not exist", async () => {
    const otherPolice = bearer('first-responder', 'nl-police-rotterdam');
    expect(POLICE_ORGANISATION).not.toBe('nl-police-rotterdam');
    for (const call of [
      http(app).get(`/reports/${reportId}`),
      http(app).post(`/reports/${reportId}/transmissions`),
      http(app).post(`/reports/${reportId}/acknowledgement`),
      http(app).get(`/reports/${reportId}/acknowledgement.pdf`),
    ]) {
      const response = await call.auth(otherPolice, { type: 'bearer' });
      expect(response.status).toBe(404);
      expect(response.body.message).toBe(`report ${reportId} not found`);
    }
  });
});

/** A formal complaint about a crime abroad, acknowledged: every report route has something to act on. */
async function reportOf({ app, token }: JourneyContext): Promise<Record<string, string>> {
  const report = await http(app).post('/reports').auth(token('first-responder'), { type: 'bearer' }).send(policeReport({ crimeCountry: 'NL' })).expect(201);
  await http(app).post(`/reports/${report.body.reportId}/acknowledgement`).auth(token('first-responder'), { type: 'bearer' }).expect(201);
  return { reportId: report.body.reportId, journeyId: report.body.journeyId };
}

/** The routes of one report, scoped by its journey. */
const reportRoutes: JourneyRoute[] = [
  { method: 'get', path: '/reports/:reportId', roles: ['first-responder', 'nrm-decision-maker', 'prosecutor-liaison'], prepare: reportOf },
  { method: 'post', path: '/reports/:reportId/transmissions', roles: ['first-responder'], prepare: reportOf },
  { method: 'post', path: '/reports/:reportId/acknowledgement', roles: ['first-responder'], prepare: reportOf },
  { method: 'get', path: '/reports/:reportId/acknowledgement.pdf', roles: ['first-responder', 'prosecutor-liaison', 'auditor'], prepare: reportOf },
  { method: 'post', path: '/reports/:reportId/acknowledgement/translation', roles: ['first-responder'], prepare: reportOf },
];

describeJourneyAuthorization({
  context: 'reporting',
  start: () => startReportingService(),
  stop: stopReportingService,
  routes: reportRoutes,
  unscoped: [
    'get /reference/vocabularies',
    'get /reference/events',
    'post /reports',
    'post /anonymous-reports',
    'get /anonymous-reports/follow-up',
    'post /anonymous-reports/follow-up/messages',
    'post /anonymous-reports/conversion',
    'get /anonymous-reports',
    'get /anonymous-reports/{reportId}',
    'post /anonymous-reports/{reportId}/replies',
    ...auditOperations,
  ],
});

describeRoleAuthorization({
  title: 'who may read the audit chain of reporting',
  start: () => startReportingService(),
  stop: stopReportingService,
  routes: AuditRoutes,
  token: (role) => bearer(role),
});
