import { NestExpressApplication } from '@nestjs/platform-express';
import { HarbourRoles, Role } from '@harbour/security';
import { bearer, http, startJusticeService, stopJusticeService } from './support/justice-testbed';

const journey = '5d9f0c1e-2b3a-4c5d-8e6f-7a8b9c0d1e2f';
const hearing = '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e';

/** Every endpoint of the service and the roles it admits; every other role gets 403, no token 401. */
const endpoints: Array<{ method: 'get' | 'post' | 'put'; path: string; roles: Role[] }> = [
  { method: 'post', path: '/milestones', roles: ['service', 'prosecutor-liaison'] },
  { method: 'put', path: `/journeys/${journey}/notification-preferences`, roles: ['support-case-worker'] },
  { method: 'get', path: `/journeys/${journey}/notifications`, roles: ['prosecutor-liaison', 'operations-analyst', 'auditor'] },
  { method: 'post', path: '/notification-provider-receipts', roles: ['service'] },
  { method: 'post', path: `/journeys/${journey}/victim-information`, roles: ['first-responder', 'support-case-worker'] },
  { method: 'post', path: `/journeys/${journey}/review-requests`, roles: ['support-case-worker', 'prosecutor-liaison'] },
  { method: 'post', path: `/journeys/${journey}/hearings`, roles: ['prosecutor-liaison'] },
  { method: 'get', path: `/journeys/${journey}/hearings`, roles: ['prosecutor-liaison', 'support-case-worker'] },
  { method: 'post', path: `/hearings/${hearing}/interpretation-booking`, roles: ['prosecutor-liaison'] },
  { method: 'post', path: `/hearings/${hearing}/arrangements/facility-dog/decision`, roles: ['prosecutor-liaison'] },
  { method: 'post', path: `/journeys/${journey}/non-punishment-notices`, roles: ['prosecutor-liaison'] },
  { method: 'get', path: '/reference/vocabularies', roles: ['prosecutor-liaison', 'operations-analyst', 'auditor', 'service'] },
  { method: 'get', path: '/reference/events', roles: ['prosecutor-liaison', 'operations-analyst', 'auditor', 'service'] },
];

const cases = endpoints.flatMap(({ method, path, roles }) => [
  ...HarbourRoles.map((role) => ({ method, path, caller: role as Role | 'no token', admitted: roles.includes(role) })),
  { method, path, caller: 'no token' as const, admitted: false },
]);

describe('who may call which endpoint of justice', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startJusticeService();
  });
  afterAll(() => stopJusticeService(app));

  it.each(cases)('$method $path by $caller: admitted $admitted', async ({ method, path, caller, admitted }) => {
    const request = http(app)[method](path);
    // An empty body: an admitted caller reaches validation (400) or the resource, never 401/403.
    const response = await (caller === 'no token' ? request : request.auth(bearer(caller), { type: 'bearer' })).send({});
    if (caller === 'no token') expect(response.status).toBe(401);
    else if (admitted) expect([401, 403]).not.toContain(response.status);
    else expect(response.status).toBe(403);
  });
});
