import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { HarbourRoles, issueDevelopmentToken, OrganisationBoundRoles, Role } from '@harbour/security';
import { AuditRoutes, describeRoleAuthorization } from '@harbour/testing';
import { http, startOperationsService, stopOperationsService } from './support/operations-testbed';

const missingDeadLetter = 'harbour.journey.v1:0:999999999999999';

/** Every API route of the operations service but health, with ids nothing has, and what an analyst gets. */
const endpoints: { method: 'get' | 'post'; path: string; analyst: number }[] = [
  { method: 'get', path: '/operations/journeys', analyst: 200 },
  { method: 'get', path: `/operations/journeys/${randomUUID()}`, analyst: 404 },
  { method: 'post', path: `/operations/journeys/${randomUUID()}/obligations/${encodeURIComponent('vrd-4-information#1')}/cancel`, analyst: 404 },
  { method: 'get', path: '/operations/dead-letters', analyst: 200 },
  { method: 'get', path: `/operations/dead-letters/${missingDeadLetter}`, analyst: 404 },
  { method: 'post', path: `/operations/dead-letters/${missingDeadLetter}/replay`, analyst: 404 },
  { method: 'post', path: `/operations/dead-letters/${missingDeadLetter}/discard`, analyst: 404 },
];

const tokenOf = (role: Role) =>
  issueDevelopmentToken({ subject: `test-${role}`, roles: [role], country: 'BE', ...(OrganisationBoundRoles.includes(role) ? { organisationId: 'be-payoke' } : {}) });

describe('who may call each endpoint of the operations service', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startOperationsService();
  });
  afterAll(() => stopOperationsService(app));

  it('refuses every endpoint without a token', async () => {
    for (const { method, path } of endpoints) expect([path, (await http(app)[method](path)).status]).toEqual([path, 401]);
  });

  it.each(HarbourRoles)('lets a caller with the role %s reach the endpoints only as an operations analyst', async (role) => {
    for (const { method, path, analyst } of endpoints) {
      const { status } = await http(app)[method](path).auth(tokenOf(role), { type: 'bearer' }).send(method === 'post' ? { reason: path.endsWith('/cancel') ? 'entered-in-error' : 'consumer-fixed' } : undefined);
      // An analyst is let through: the lists answer, what does not exist is not found.
      expect([path, status]).toEqual([path, role === 'operations-analyst' ? analyst : 403]);
    }
  });
});

describeRoleAuthorization({
  title: 'who may read the audit chain of operations',
  start: () => startOperationsService(),
  stop: stopOperationsService,
  routes: AuditRoutes,
  token: tokenOf,
});
