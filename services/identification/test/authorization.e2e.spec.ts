import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { HarbourRoles, issueDevelopmentToken, Role } from '@harbour/security';
import { http, startIdentificationService, stopIdentificationService } from './support/identification-testbed';

const id = randomUUID();
const journeyId = randomUUID();

/** Every endpoint of the service and the only roles it admits. */
const Endpoints: { method: 'get' | 'post'; path: string; roles: Role[] }[] = [
  { method: 'post', path: '/screenings', roles: ['first-responder'] },
  { method: 'get', path: `/screenings/${id}`, roles: ['first-responder', 'nrm-decision-maker'] },
  { method: 'post', path: '/nrm-referrals', roles: ['first-responder'] },
  { method: 'get', path: `/nrm-referrals/${id}`, roles: ['nrm-decision-maker'] },
  { method: 'post', path: `/nrm-referrals/${id}/reasonable-grounds`, roles: ['nrm-decision-maker'] },
  { method: 'post', path: `/nrm-referrals/${id}/conclusive-grounds`, roles: ['nrm-decision-maker'] },
  { method: 'post', path: `/nrm-referrals/${id}/recovery-period-extensions`, roles: ['nrm-decision-maker'] },
  { method: 'get', path: '/decision-tasks', roles: ['nrm-decision-maker'] },
  { method: 'post', path: `/journeys/${journeyId}/age-uncertain`, roles: ['first-responder', 'nrm-decision-maker'] },
  { method: 'post', path: `/journeys/${journeyId}/guardian-requests`, roles: ['first-responder', 'nrm-decision-maker'] },
  { method: 'post', path: `/guardian-requests/${id}/appointment`, roles: ['nrm-decision-maker', 'protection-officer'] },
  { method: 'post', path: `/journeys/${journeyId}/non-punishment-flags`, roles: ['first-responder', 'nrm-decision-maker', 'prosecutor-liaison'] },
  {
    method: 'get',
    path: `/journeys/${journeyId}/flags`,
    roles: ['first-responder', 'nrm-decision-maker', 'protection-officer', 'prosecutor-liaison', 'support-case-worker'],
  },
  { method: 'post', path: `/journeys/${journeyId}/identity-records`, roles: ['first-responder', 'nrm-decision-maker'] },
  { method: 'get', path: '/possible-duplicates', roles: ['nrm-decision-maker'] },
  { method: 'post', path: `/possible-duplicates/${id}/merge`, roles: ['nrm-decision-maker'] },
  { method: 'post', path: `/possible-duplicates/${id}/rejection`, roles: ['nrm-decision-maker'] },
  { method: 'get', path: '/reference/vocabularies', roles: ['operations-analyst', 'auditor', 'service', 'first-responder', 'nrm-decision-maker'] },
  { method: 'get', path: '/reference/events', roles: ['operations-analyst', 'auditor', 'service', 'first-responder', 'nrm-decision-maker'] },
];

const cases = Endpoints.flatMap((endpoint) => [
  ...HarbourRoles.map((role) => ({ ...endpoint, caller: role as Role | 'no token', allowed: endpoint.roles.includes(role) })),
  { ...endpoint, caller: 'no token' as const, allowed: false },
]);

describe('who may call each identification endpoint', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startIdentificationService();
  });
  afterAll(() => stopIdentificationService(app));

  it('lists every route of the OpenAPI document', async () => {
    const { body } = await http(app).get('/openapi.json').expect(200);
    const documented = Object.entries(body.paths as Record<string, object>)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`))
      .filter((route) => !route.endsWith(' /health'));
    const tabled = Endpoints.map(({ method, path }) => `${method} ${path.replace(id, '{id}').replace(journeyId, '{journeyId}')}`);
    expect(tabled.sort()).toEqual(documented.sort());
  });

  it.each(cases)('$method $path as $caller: allowed $allowed', async ({ method, path, caller, allowed }) => {
    const call = http(app)[method](path);
    if (caller !== 'no token') {
      const organisationId = caller === 'support-case-worker' ? 'be-harbourline-antwerp' : undefined;
      call.auth(issueDevelopmentToken({ subject: `authz-${caller}`, roles: [caller], ...(organisationId ? { organisationId } : {}) }), { type: 'bearer' });
    }
    const response = await call.send({});

    if (caller === 'no token') expect(response.status).toBe(401);
    else if (!allowed) {
      expect(response.status).toBe(403);
      expect(response.body.message).toMatch(/^this action needs one of the roles: /);
    } else expect([401, 403]).not.toContain(response.status);
  });
});
