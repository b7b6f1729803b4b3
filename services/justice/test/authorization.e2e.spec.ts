import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { HarbourRoles } from '@harbour/security';
import { AuditRoutes, describeJourneyAuthorization, describeRoleAuthorization, JourneyContext, JourneyRoute, UnscopedRoute } from '@harbour/testing';
import { bearer, http, startJusticeService, stopJusticeService } from './support/justice-testbed';

/** A hearing on the journey, scheduled by its prosecution: what the hearing routes act on. */
async function hearingOf({ app, journeyId, token }: JourneyContext): Promise<Record<string, string>> {
  const { body } = await request(app.getHttpServer())
    .post(`/journeys/${journeyId}/hearings`)
    .auth(token('prosecutor-liaison'), { type: 'bearer' })
    .send({ kind: 'hearing', scheduledFor: '2026-12-14T09:30:00.000Z', interpreterLanguage: 'ro', arrangements: ['facility-dog'] })
    .expect(201);
  return { hearingId: body.hearingId };
}

/** Every journey-scoped route of the service and the roles it admits. */
const routes: JourneyRoute[] = [
  { method: 'post', path: '/milestones', roles: ['service', 'prosecutor-liaison'], journeyInBody: true },
  { method: 'put', path: '/journeys/:journeyId/notification-preferences', roles: ['support-case-worker'] },
  { method: 'get', path: '/journeys/:journeyId/notifications', roles: ['prosecutor-liaison', 'operations-analyst', 'auditor'] },
  { method: 'post', path: '/journeys/:journeyId/victim-information', roles: ['first-responder', 'support-case-worker'] },
  { method: 'post', path: '/journeys/:journeyId/review-requests', roles: ['support-case-worker', 'prosecutor-liaison'] },
  { method: 'post', path: '/journeys/:journeyId/hearings', roles: ['prosecutor-liaison'] },
  { method: 'get', path: '/journeys/:journeyId/hearings', roles: ['prosecutor-liaison', 'support-case-worker'] },
  { method: 'post', path: '/hearings/:hearingId/interpretation-booking', roles: ['prosecutor-liaison'], prepare: hearingOf },
  {
    method: 'post',
    path: '/hearings/:hearingId/arrangements/facility-dog/decision',
    template: '/hearings/{hearingId}/arrangements/{arrangement}/decision',
    roles: ['prosecutor-liaison'],
    prepare: hearingOf,
  },
  { method: 'post', path: '/journeys/:journeyId/non-punishment-notices', roles: ['prosecutor-liaison'] },
];

/** Routes about no one journey: the role decides. */
const serviceRoutes: UnscopedRoute[] = [
  ...AuditRoutes,
  { method: 'get', path: '/reference/vocabularies', roles: ['prosecutor-liaison', 'operations-analyst', 'auditor', 'service'] },
  { method: 'get', path: '/reference/events', roles: ['prosecutor-liaison', 'operations-analyst', 'auditor', 'service'] },
];

describeJourneyAuthorization({
  context: 'justice',
  start: () => startJusticeService(),
  stop: stopJusticeService,
  routes,
  unscoped: [...serviceRoutes.map(({ method, path }) => `${method} ${path}`), 'post /notification-provider-receipts'],
});

describeRoleAuthorization({
  title: 'who may read the reference data of justice',
  start: () => startJusticeService(),
  stop: stopJusticeService,
  routes: serviceRoutes,
  token: (role) => bearer(role),
});

// A provider's delivery receipt names its notification, not a journey: only the service role may send one.
describe('who may record a notification provider\'s receipt', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startJusticeService();
  });
  afterAll(() => stopJusticeService(app));

  it.each(HarbourRoles.map((role) => ({ role, admitted: role === 'service' })))('by $role: admitted $admitted', async ({ role, admitted }) => {
    const response = await http(app).post('/notification-provider-receipts').auth(bearer(role), { type: 'bearer' }).send({});
    expect(response.status).toBe(admitted ? 400 : 403);
  });
});
