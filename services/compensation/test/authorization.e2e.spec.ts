import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { HarbourRoles, Role } from '@harbour/security';
import { auditOperations, AuditRoutes, describeJourneyAuthorization, describeRoleAuthorization, JourneyContext, JourneyRoute } from '@harbour/testing';
import { bearer, http, startCompensationService, stateFundClaim, stopCompensationService } from './support/compensation-testbed';

/** A claim of the journey, opened by its compensation authority. */
async function claimOf({ app, journeyId, token }: JourneyContext): Promise<Record<string, string>> {
  const { body } = await request(app.getHttpServer())
    .post(`/journeys/${journeyId}/claims`)
    .auth(token('compensation-officer'), { type: 'bearer' })
    .send(stateFundClaim())
    .expect(201);
  return { claimId: body.claimId };
}

const officerOnly: Role[] = ['compensation-officer'];
const claimReaders: Role[] = ['compensation-officer', 'support-case-worker'];

/** Every journey-scoped route of compensation and the roles it admits. */
const routes: JourneyRoute[] = [
  { method: 'post', path: '/journeys/:journeyId/claims', roles: officerOnly },
  { method: 'get', path: '/journeys/:journeyId/claims', roles: claimReaders },
  { method: 'post', path: '/journeys/:journeyId/cross-border-applications', roles: officerOnly },
  { method: 'get', path: '/claims/:claimId', roles: claimReaders, prepare: claimOf },
  { method: 'get', path: '/claims/:claimId/personal-data', roles: officerOnly, prepare: claimOf },
  ...['documents', 'submission', 'decision', 'payment', 'appeal', 'transmission', 'chases', 'acknowledgement'].map((step) => ({
    method: 'post' as const,
    path: `/claims/:claimId/${step}`,
    roles: officerOnly,
    prepare: claimOf,
  })),
];

const referenceReaders: Role[] = ['operations-analyst', 'auditor', 'service', 'compensation-officer'];
const serviceRoutes = ['/reference/vocabularies', '/reference/events'];

describeJourneyAuthorization({
  context: 'compensation',
  start: startCompensationService,
  stop: stopCompensationService,
  routes,
  unscoped: [...serviceRoutes.map((path) => `get ${path}`), ...auditOperations],
});

describeRoleAuthorization({
  title: 'who may read the audit chain of compensation',
  start: () => startCompensationService(),
  stop: stopCompensationService,
  routes: AuditRoutes,
  token: (role) => bearer([role]),
});

describe('who may read the reference data of compensation', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startCompensationService();
  });
  afterAll(() => stopCompensationService(app));

  const cases = serviceRoutes.flatMap((path) => HarbourRoles.map((role) => ({ path, role, admitted: referenceReaders.includes(role) })));
  it.each(cases)('get $path by $role: admitted $admitted', async ({ path, role, admitted }) => {
    expect((await http(app).get(path).auth(bearer([role]), { type: 'bearer' })).status).toBe(admitted ? 200 : 403);
  });
});
