import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { HarbourRoles, issueDevelopmentToken, OrganisationBoundRoles, Role } from '@harbour/security';
import { http, startOperationsService, stopOperationsService } from './support/operations-testbed';

/** Every API route of the operations service but health, with an id no journey has. */
const endpoints = ['/operations/journeys', `/operations/journeys/${randomUUID()}`];

const tokenOf = (role: Role) =>
  issueDevelopmentToken({ subject: `test-${role}`, roles: [role], country: 'BE', ...(OrganisationBoundRoles.includes(role) ? { organisationId: 'be-payoke' } : {}) });

describe('who may call each endpoint of the operations service', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startOperationsService();
  });
  afterAll(() => stopOperationsService(app));

  it('refuses every endpoint without a token', async () => {
    for (const path of endpoints) expect([path, (await http(app).get(path)).status]).toEqual([path, 401]);
  });

  it.each(HarbourRoles)('lets a caller with the role %s reach the endpoints only as an operations analyst', async (role) => {
    for (const path of endpoints) {
      const { status } = await http(app).get(path).auth(tokenOf(role), { type: 'bearer' });
      // An analyst is let through: the list answers, an unknown journey is not found.
      const expected = role === 'operations-analyst' ? (path === endpoints[0] ? 200 : 404) : 403;
      expect([path, status]).toEqual([path, expected]);
    }
  });
});
