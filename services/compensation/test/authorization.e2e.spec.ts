import { NestExpressApplication } from '@nestjs/platform-express';
import { HarbourRoles, OrganisationBoundRoles, Role } from '@harbour/security';
import { bearer, http, startCompensationService, stopCompensationService } from './support/compensation-testbed';

const journeyId = '5d9f0c1e-2b3a-4c5d-8e6f-7a8b9c0d1e2f';
const claimId = '3f1e7c4a-9b2d-4e8f-a6c1-0d5b7e9f2a43';
const officerOnly: Role[] = ['compensation-officer'];
const claimReaders: Role[] = ['compensation-officer', 'support-case-worker'];
const referenceReaders: Role[] = ['operations-analyst', 'auditor', 'service', 'compensation-officer'];

/**
 * Every endpoint, who may call it, and what an allowed caller gets for an empty body on an
 * unknown claim: past the access guard, the request meets validation (400), the lookup (404) or succeeds.
 */
const endpoints: { method: 'get' | 'post'; path: string; roles: Role[]; allowed: number }[] = [
  { method: 'post', path: `/journeys/${journeyId}/claims`, roles: officerOnly, allowed: 400 },
  { method: 'get', path: `/journeys/${journeyId}/claims`, roles: claimReaders, allowed: 200 },
  { method: 'post', path: `/journeys/${journeyId}/cross-border-applications`, roles: officerOnly, allowed: 400 },
  { method: 'get', path: `/claims/${claimId}`, roles: claimReaders, allowed: 404 },
  { method: 'get', path: `/claims/${claimId}/personal-data`, roles: officerOnly, allowed: 404 },
  { method: 'post', path: `/claims/${claimId}/documents`, roles: officerOnly, allowed: 400 },
  { method: 'post', path: `/claims/${claimId}/submission`, roles: officerOnly, allowed: 404 },
  { method: 'post', path: `/claims/${claimId}/decision`, roles: officerOnly, allowed: 400 },
  { method: 'post', path: `/claims/${claimId}/payment`, roles: officerOnly, allowed: 404 },
  { method: 'post', path: `/claims/${claimId}/appeal`, roles: officerOnly, allowed: 404 },
  { method: 'post', path: `/claims/${claimId}/transmission`, roles: officerOnly, allowed: 404 },
  { method: 'post', path: `/claims/${claimId}/chases`, roles: officerOnly, allowed: 404 },
  { method: 'post', path: `/claims/${claimId}/acknowledgement`, roles: officerOnly, allowed: 400 },
  { method: 'get', path: '/reference/vocabularies', roles: referenceReaders, allowed: 200 },
  { method: 'get', path: '/reference/events', roles: referenceReaders, allowed: 200 },
];

const cases = endpoints.flatMap((endpoint) => [
  ...HarbourRoles.map((role) => ({ ...endpoint, caller: role as Role | 'no token', expected: endpoint.roles.includes(role) ? endpoint.allowed : 403 })),
  { ...endpoint, caller: 'no token' as const, expected: 401 },
]);

describe('compensation authorization: every role, and no token, against every endpoint', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startCompensationService();
  });
  afterAll(() => stopCompensationService(app));

  it('lists every route of the service in the table', async () => {
    const { body } = await http(app).get('/openapi.json').expect(200);
    const routes = Object.entries(body.paths as Record<string, object>).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method} ${path.replace(/\{journeyId\}/, journeyId).replace(/\{claimId\}/, claimId)}`),
    );
    expect(routes.filter((route) => route !== 'get /health').sort()).toEqual(endpoints.map(({ method, path }) => `${method} ${path}`).sort());
  });

  it.each(cases)('$method $path by $caller → $expected', async ({ method, path, caller, expected }) => {
    const call = http(app)[method](path);
    if (caller !== 'no token') call.auth(bearer([caller], OrganisationBoundRoles.includes(caller) ? 'be-payoke' : undefined), { type: 'bearer' });
    const response = await (method === 'post' ? call.send({}) : call);
    expect(response.status).toBe(expected);
  });
});
