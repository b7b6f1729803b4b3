import request from 'supertest';
import { Role } from '@harbour/security';
import { AuditRoutes, describeJourneyAuthorization, describeRoleAuthorization, JourneyContext, JourneyRoute } from '@harbour/testing';
import { bearer, startIdentificationService, stopIdentificationService } from './support/identification-testbed';

const created = async ({ app, token }: JourneyContext, role: Role, path: string, body: object): Promise<Record<string, unknown>> =>
  (await request(app.getHttpServer()).post(path).auth(token(role), { type: 'bearer' }).send(body).expect(201)).body;

/** A screening of the journey by the police force that reported. */
const screeningOf = async (context: JourneyContext) => ({
  id: String((await created(context, 'first-responder', '/screenings', { journeyId: context.journeyId, indicatorIds: ['wages-withheld'] })).screeningId),
});

/** The journey's referral to the NRM. */
const referralOf = async (context: JourneyContext) => ({
  id: String((await created(context, 'first-responder', '/nrm-referrals', { journeyId: context.journeyId, ageGroup: 'adult', consent: 'recorded' })).nrmReferralId),
});

/** A guardian requested for the journey's presumed child. */
const guardianRequestOf = async (context: JourneyContext) => ({
  id: String((await created(context, 'first-responder', `/journeys/${context.journeyId}/guardian-requests`, {})).guardianRequestId),
});

const decisionMakers: Role[] = ['nrm-decision-maker'];

/** Every journey-scoped route of identification and the roles it admits. */
const routes: JourneyRoute[] = [
  { method: 'post', path: '/screenings', roles: ['first-responder'], journeyInBody: true },
  { method: 'get', path: '/screenings/:id', roles: ['first-responder', 'nrm-decision-maker'], prepare: screeningOf },
  { method: 'post', path: '/nrm-referrals', roles: ['first-responder'], journeyInBody: true },
  { method: 'get', path: '/nrm-referrals/:id', roles: decisionMakers, prepare: referralOf },
  { method: 'post', path: '/nrm-referrals/:id/reasonable-grounds', roles: decisionMakers, prepare: referralOf },
  { method: 'post', path: '/nrm-referrals/:id/conclusive-grounds', roles: decisionMakers, prepare: referralOf },
  { method: 'post', path: '/nrm-referrals/:id/recovery-period-extensions', roles: decisionMakers, prepare: referralOf },
  { method: 'post', path: '/nrm-referrals/:id/removals', roles: decisionMakers, prepare: referralOf },
  { method: 'post', path: '/journeys/:journeyId/age-uncertain', roles: ['first-responder', 'nrm-decision-maker'] },
  { method: 'post', path: '/journeys/:journeyId/guardian-requests', roles: ['first-responder', 'nrm-decision-maker'] },
  { method: 'post', path: '/guardian-requests/:id/appointment', roles: ['nrm-decision-maker', 'protection-officer'], prepare: guardianRequestOf },
  { method: 'post', path: '/journeys/:journeyId/non-punishment-flags', roles: ['first-responder', 'nrm-decision-maker', 'prosecutor-liaison'] },
  { method: 'get', path: '/journeys/:journeyId/flags', roles: ['first-responder', 'nrm-decision-maker', 'protection-officer', 'prosecutor-liaison', 'support-case-worker'] },
  { method: 'post', path: '/journeys/:journeyId/identity-records', roles: ['first-responder', 'nrm-decision-maker'] },
];

const referenceReaders: Role[] = ['operations-analyst', 'auditor', 'service', 'first-responder', 'nrm-decision-maker'];

/**
 * Routes about no one journey: the NRM's own lists (decision tasks, possible duplicates across
 * journeys, reviewed by the NRM that decides on both) and reference data. The role decides.
 */
const serviceRoutes: { method: 'get' | 'post'; path: string; template: string; roles: Role[] }[] = [
  { method: 'get', path: '/decision-tasks', template: '/decision-tasks', roles: decisionMakers },
  { method: 'get', path: '/possible-duplicates', template: '/possible-duplicates', roles: decisionMakers },
  { method: 'post', path: '/possible-duplicates/8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f/merge', template: '/possible-duplicates/{id}/merge', roles: decisionMakers },
  { method: 'post', path: '/possible-duplicates/8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f/rejection', template: '/possible-duplicates/{id}/rejection', roles: decisionMakers },
  { method: 'get', path: '/reference/vocabularies', template: '/reference/vocabularies', roles: referenceReaders },
  { method: 'get', path: '/reference/events', template: '/reference/events', roles: referenceReaders },
  ...AuditRoutes.map((route) => ({ ...route, method: 'get' as const, template: route.path })),
];

describeJourneyAuthorization({
  context: 'identification',
  start: startIdentificationService,
  stop: stopIdentificationService,
  routes,
  unscoped: serviceRoutes.map(({ method, template }) => `${method} ${template}`),
  foreignReferredToNrm: true,
});

describeRoleAuthorization({
  title: 'who may call the routes of identification about no one journey',
  start: () => startIdentificationService(),
  stop: stopIdentificationService,
  routes: serviceRoutes,
  token: (role) => bearer(role),
  admitted: 'not refused',
});
