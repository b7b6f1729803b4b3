import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { HarbourRoles, Role } from '@harbour/security';
import { bearer, http, startProtectionService, stopProtectionService } from './support/protection-testbed';

const journeyId = randomUUID();
const someId = randomUUID();

interface Route {
  method: 'get' | 'post';
  path: string;
  /** As the OpenAPI document names it. */
  template: string;
  allowed: Role[];
  /** What an allowed caller gets for this request (an empty body, an unknown id): past the guard either way. */
  allowedStatus: number;
}

const reference: Role[] = ['protection-officer', 'operations-analyst', 'auditor', 'service'];

/** Every endpoint of the protection service, who may call it, and what an allowed caller gets. */
const routes: Route[] = [
  { method: 'get', path: '/questionnaire', template: '/questionnaire', allowed: ['protection-officer'], allowedStatus: 200 },
  { method: 'post', path: `/journeys/${journeyId}/assessments`, template: '/journeys/{journeyId}/assessments', allowed: ['protection-officer'], allowedStatus: 400 },
  { method: 'get', path: `/assessments/${someId}`, template: '/assessments/{id}', allowed: ['protection-officer', 'prosecutor-liaison', 'support-case-worker'], allowedStatus: 404 },
  { method: 'get', path: `/journeys/${journeyId}/risk-level`, template: '/journeys/{journeyId}/risk-level', allowed: ['protection-officer', 'prosecutor-liaison', 'support-case-worker'], allowedStatus: 404 },
  { method: 'post', path: `/journeys/${journeyId}/reassessment-requests`, template: '/journeys/{journeyId}/reassessment-requests', allowed: ['protection-officer'], allowedStatus: 400 },
  { method: 'post', path: `/journeys/${journeyId}/measures`, template: '/journeys/{journeyId}/measures', allowed: ['protection-officer'], allowedStatus: 400 },
  { method: 'get', path: `/journeys/${journeyId}/measures`, template: '/journeys/{journeyId}/measures', allowed: ['protection-officer', 'prosecutor-liaison'], allowedStatus: 200 },
  { method: 'get', path: `/measures/${someId}`, template: '/measures/{id}', allowed: ['protection-officer', 'prosecutor-liaison'], allowedStatus: 404 },
  { method: 'post', path: `/measures/${someId}/renewal`, template: '/measures/{id}/renewal', allowed: ['protection-officer'], allowedStatus: 400 },
  { method: 'post', path: `/measures/${someId}/revocation`, template: '/measures/{id}/revocation', allowed: ['protection-officer'], allowedStatus: 400 },
  { method: 'post', path: `/measures/${someId}/breaches`, template: '/measures/{id}/breaches', allowed: ['protection-officer'], allowedStatus: 404 },
  { method: 'post', path: `/journeys/${journeyId}/european-protection-orders`, template: '/journeys/{journeyId}/european-protection-orders', allowed: ['protection-officer'], allowedStatus: 400 },
  { method: 'post', path: `/european-protection-orders/${someId}/recognition`, template: '/european-protection-orders/{id}/recognition', allowed: ['protection-officer'], allowedStatus: 400 },
  { method: 'get', path: '/reference/vocabularies', template: '/reference/vocabularies', allowed: reference, allowedStatus: 200 },
  { method: 'get', path: '/reference/events', template: '/reference/events', allowed: reference, allowedStatus: 200 },
];

const callers: { name: string; role?: Role }[] = [{ name: 'no token' }, ...HarbourRoles.map((role) => ({ name: role, role }))];

const cases = routes.flatMap((route) =>
  callers.map(({ name, role }) => {
    const expected = !role ? 401 : route.allowed.includes(role) ? route.allowedStatus : 403;
    return [`${route.method.toUpperCase()} ${route.template}`, name, expected, route, role] as const;
  }),
);

describe('protection service authorization', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startProtectionService();
  });
  afterAll(() => stopProtectionService(app));

  it('has a row for every operation of its OpenAPI document but health and docs', async () => {
    const { body } = await http(app).get('/openapi.json').expect(200);
    const documented = Object.entries(body.paths as Record<string, object>)
      .filter(([path]) => path !== '/health')
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
    expect(documented.sort()).toEqual(routes.map((route) => `${route.method} ${route.template}`).sort());
  });

  it.each(cases)('%s as %s → %i', async (_route, _caller, expected, route, role) => {
    const call = http(app)[route.method](route.path);
    if (role) call.auth(bearer([role], role === 'support-case-worker' ? 'be-payoke' : undefined), { type: 'bearer' });
    const response = await (route.method === 'post' ? call.send({}) : call);
    expect(response.status).toBe(expected);
    if (expected === 403) expect(response.body.message).toMatch(/role/);
  });
});
