import request from 'supertest';
import { Role } from '@harbour/security';
import { AuditRoutes, describeJourneyAuthorization, describeRoleAuthorization, JourneyContext, JourneyRoute, UnscopedRoute } from '@harbour/testing';
import { bearer, calmAnswers, inDays, startProtectionService, stopProtectionService } from './support/protection-testbed';

const officerPost = ({ app, token }: JourneyContext, path: string, body: object) =>
  request(app.getHttpServer()).post(path).auth(token('protection-officer'), { type: 'bearer' }).send(body).expect(201);

/** An assessment of the journey by its protection authority. */
async function assessmentOf(context: JourneyContext): Promise<Record<string, string>> {
  const { body } = await officerPost(context, `/journeys/${context.journeyId}/assessments`, { questionnaireVersion: 'vrd22-v1', answers: calmAnswers() });
  return { id: body.assessmentId };
}

/** A national protection order of the journey. */
async function orderOf(context: JourneyContext): Promise<Record<string, string>> {
  const { body } = await officerPost(context, `/journeys/${context.journeyId}/measures`, { kind: 'national-protection-order', startsAt: inDays(0), endsAt: inDays(180) });
  return { id: body.measureId };
}

/** A European Protection Order issued from the journey's national order. */
async function epoOf(context: JourneyContext): Promise<Record<string, string>> {
  const { id } = await orderOf(context);
  const { body } = await officerPost(context, `/journeys/${context.journeyId}/european-protection-orders`, { executingCountry: 'NL', underlyingOrderId: id });
  return { id: body.measureId };
}

/** Every journey-scoped route of protection and the roles it admits. */
const routes: JourneyRoute[] = [
  { method: 'post', path: '/journeys/:journeyId/assessments', roles: ['protection-officer'] },
  { method: 'get', path: '/assessments/:id', roles: ['protection-officer', 'prosecutor-liaison', 'support-case-worker'], prepare: assessmentOf },
  { method: 'get', path: '/journeys/:journeyId/risk-level', roles: ['protection-officer', 'prosecutor-liaison', 'support-case-worker'], prepare: assessmentOf },
  { method: 'post', path: '/journeys/:journeyId/reassessment-requests', roles: ['protection-officer'] },
  { method: 'post', path: '/journeys/:journeyId/measures', roles: ['protection-officer'] },
  { method: 'get', path: '/journeys/:journeyId/measures', roles: ['protection-officer', 'prosecutor-liaison'] },
  { method: 'get', path: '/measures/:id', roles: ['protection-officer', 'prosecutor-liaison'], prepare: orderOf },
  { method: 'post', path: '/measures/:id/renewal', roles: ['protection-officer'], prepare: orderOf },
  { method: 'post', path: '/measures/:id/revocation', roles: ['protection-officer'], prepare: orderOf },
  { method: 'post', path: '/measures/:id/breaches', roles: ['protection-officer'], prepare: orderOf },
  { method: 'post', path: '/journeys/:journeyId/european-protection-orders', roles: ['protection-officer'] },
  { method: 'post', path: '/european-protection-orders/:id/recognition', roles: ['protection-officer'], prepare: epoOf },
];

const reference: Role[] = ['protection-officer', 'operations-analyst', 'auditor', 'service'];

/** Routes about no one journey: the role decides. */
const serviceRoutes: UnscopedRoute[] = [
  ...AuditRoutes,
  { method: 'get', path: '/questionnaire', roles: ['protection-officer'] },
  { method: 'get', path: '/reference/vocabularies', roles: reference },
  { method: 'get', path: '/reference/events', roles: reference },
];

describeJourneyAuthorization({
  context: 'protection',
  start: startProtectionService,
  stop: stopProtectionService,
  routes,
  unscoped: serviceRoutes.map(({ method, path }) => `${method} ${path}`),
});

describeRoleAuthorization({
  title: 'who may read the questionnaire and reference data of protection',
  start: () => startProtectionService(),
  stop: stopProtectionService,
  routes: serviceRoutes,
  token: (role) => bearer([role]),
});
