import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { buildEvent, ParticipantJoinedEvents, ParticipationBasis, ReferralAcceptedEvent } from '@harbour/contracts';
import { HarbourRoles, issueDevelopmentToken, JourneyParticipantsStore, Role } from '@harbour/security';

type Method = 'get' | 'post' | 'put';

/** What a route's preparation may use: the journey, and a token of a role of the journey's organisations. */
export interface JourneyContext {
  app: NestExpressApplication;
  journeyId: string;
  /** Whose journey: the caller's own, or another organisation's. */
  side: 'own' | 'other';
  token: (role: Role) => string;
}

type Side = 'own' | 'other';

/** The organisation of a role on each side: `own-<role>` and `other-<role>` unless the service names real ones (its directory's). */
export type OrganisationsOf = (side: Side, role: Role) => string;
const testOrganisation: OrganisationsOf = (side, role) => `${side}-${role}`;

/** One route of a service: who may call it, and how to name its journey. */
export interface JourneyRoute {
  method: Method;
  /** With `:journeyId` and any placeholder that `prepare` fills, e.g. `/hearings/:hearingId/interpretation-booking`. */
  path: string;
  /** The path as the OpenAPI document names it, when it differs from `path` with {placeholders}. */
  template?: string;
  roles: Role[];
  /** The route names its journey in the body (`{ journeyId }`), not in the path. */
  journeyInBody?: boolean;
  /**
   * Creates what the route acts on in the journey (a hearing, a claim) and returns the path's
   * placeholders; `journeyId` among them when the record opened a journey of its own (a report).
   */
  prepare?: (context: JourneyContext) => Promise<Record<string, string>>;
}

/** Roles that take part in every journey under the default national scope (HARBOUR_NATIONAL_SCOPE). */
const NationalRoles: readonly Role[] = ['auditor', 'operations-analyst', 'service'];

/** The basis on which each role's organisation takes part in its own journeys. */
const BasisOfRole: Partial<Record<Role, ParticipationBasis>> = {
  'first-responder': 'reported',
  'support-case-worker': 'accepted-referral',
  'protection-officer': 'protection-authority',
  'prosecutor-liaison': 'justice-authority',
  'compensation-officer': 'compensation-authority',
};

const tokenFor = (organisationId: string, role: Role) => issueDevelopmentToken({ subject: `${organisationId}-${role}`, roles: [role], organisationId });

/**
 * The organisation a test caller of each role acts for when a test names none: a police force,
 * a support organisation, a protection authority, a prosecution office, a compensation fund.
 */
export const TestOrganisations: Partial<Record<Role, string>> = {
  'first-responder': 'be-police-antwerp',
  'support-case-worker': 'be-harbourline-antwerp',
  'protection-officer': 'be-protection-antwerp',
  'prosecutor-liaison': 'be-parquet-antwerpen',
  'compensation-officer': 'be-cvf-commission',
};

/**
 * Makes an organisation take part in the journey as the facts of the other services would,
 * through the service's own participants projection: an accepted referral for a support
 * organisation, a participation fact for every other basis.
 */
export async function joinJourney(app: NestExpressApplication, journeyId: string, organisationId: string, basis: ParticipationBasis): Promise<void> {
  const store = app.get(JourneyParticipantsStore, { strict: false });
  const time = new Date().toISOString();
  const fact =
    basis === 'accepted-referral'
      ? buildEvent(ReferralAcceptedEvent, { id: randomUUID(), journeyId, time, data: { referralId: randomUUID(), organisationId, acceptedAt: time } })
      : buildEvent(basis === 'referred-to-nrm' ? ParticipantJoinedEvents.identification : ParticipantJoinedEvents.reporting, {
          id: randomUUID(),
          journeyId,
          time,
          data: { organisationId, basis, joinedAt: time },
        });
  await store.apply(fact);
}

/** Every organisation of TestOrganisations takes part in the journey on its role's basis; referred to the NRM when asked. */
export async function joinTestOrganisations(app: NestExpressApplication, journeyId: string, options: { referToNrm?: boolean } = {}): Promise<void> {
  for (const [role, organisationId] of Object.entries(TestOrganisations) as [Role, string][]) await joinJourney(app, journeyId, organisationId, BasisOfRole[role] as ParticipationBasis);
  if (options.referToNrm) await joinJourney(app, journeyId, TestOrganisations['first-responder'] as string, 'referred-to-nrm');
}

/** A new journey on which every organisation of TestOrganisations takes part. */
export async function journeyOfTheTestOrganisations(app: NestExpressApplication, options: { referToNrm?: boolean } = {}): Promise<string> {
  const journeyId = randomUUID();
  await joinTestOrganisations(app, journeyId, options);
  return journeyId;
}

/** Every role's organisation of one side takes part in the journey; `referToNrm` brings it before NRM decision makers. */
async function takePartAs(app: NestExpressApplication, journeyId: string, organisationOf: (role: Role) => string, options: { referToNrm: boolean }): Promise<void> {
  for (const [role, basis] of Object.entries(BasisOfRole) as [Role, ParticipationBasis][]) await joinJourney(app, journeyId, organisationOf(role), basis);
  if (options.referToNrm) await joinJourney(app, journeyId, organisationOf('first-responder'), 'referred-to-nrm');
}

async function call(app: NestExpressApplication, route: JourneyRoute, journeyId: string, params: Record<string, string>, bearer?: string) {
  const path = Object.entries({ journeyId, ...params }).reduce((built, [name, value]) => built.replace(`:${name}`, value), route.path);
  const pending = request(app.getHttpServer())[route.method](path);
  const authorised = bearer ? pending.auth(bearer, { type: 'bearer' }) : pending;
  // An empty body: an admitted caller reaches validation (400) or the resource, never 401/403/404.
  return authorised.send(route.journeyInBody ? { journeyId } : {});
}

/**
 * The authorization table of a service: every route, every role, on the caller's own journey
 * and on another organisation's. A role the route does not admit gets 403 on its own journey;
 * on another organisation's journey every caller without national scope gets 404, exactly the
 * answer for a journey that does not exist; no token gets 401.
 */
export function describeJourneyAuthorization(service: {
  context: string;
  start: () => Promise<NestExpressApplication>;
  stop: (app: NestExpressApplication) => Promise<void>;
  routes: JourneyRoute[];
  /** The service's other operations (`get /reference/vocabularies`), about no one journey. */
  unscoped: string[];
  /** The preparations refer the other organisation's journey to the NRM too (identification's do): NRM decision makers decide on it. */
  foreignReferredToNrm?: boolean;
  organisations?: OrganisationsOf;
}): void {
  const organisationOf = service.organisations ?? testOrganisation;
  const token = (side: Side | 'outsider', role: Role) => tokenFor(side === 'outsider' ? `outsider-${role}` : organisationOf(side, role), role);
  const national = service.foreignReferredToNrm ? [...NationalRoles, 'nrm-decision-maker'] : NationalRoles;
  const cases = service.routes.flatMap((route) =>
    HarbourRoles.map((role) => ({ route, label: `${route.method} ${route.path}`, role, admitted: route.roles.includes(role), national: national.includes(role) })),
  );

  describe(`who may call which route of ${service.context}, on whose journey`, () => {
    let app: NestExpressApplication;
    const own = randomUUID();
    const foreign = randomUUID();
    const prepared = new Map<string, { own: Record<string, string>; foreign: Record<string, string> }>();

    beforeAll(async () => {
      app = await service.start();
      const ownOrganisations = (role: Role) => organisationOf('own', role);
      const otherOrganisations = (role: Role) => organisationOf('other', role);
      await takePartAs(app, own, ownOrganisations, { referToNrm: true });
      await takePartAs(app, foreign, otherOrganisations, { referToNrm: false });
      for (const route of service.routes) {
        if (!route.prepare) continue;
        const ownParams = await route.prepare({ app, journeyId: own, side: 'own', token: (role) => token('own', role) });
        const foreignParams = await route.prepare({ app, journeyId: foreign, side: 'other', token: (role) => token('other', role) });
        // A record that opened a journey of its own (a report): both sides take part in it as in theirs.
        if (ownParams.journeyId) await takePartAs(app, ownParams.journeyId, ownOrganisations, { referToNrm: true });
        if (foreignParams.journeyId) await takePartAs(app, foreignParams.journeyId, otherOrganisations, { referToNrm: false });
        prepared.set(route.path, { own: ownParams, foreign: foreignParams });
      }
    });
    afterAll(() => service.stop(app));

    it('has a row for every operation of its OpenAPI document but health, so that no journey route is left out', async () => {
      const { body } = await request(app.getHttpServer()).get('/openapi.json').expect(200);
      const documented = Object.entries(body.paths as Record<string, object>)
        .filter(([path]) => path !== '/health')
        .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
      const listed = service.routes.map((route) => `${route.method} ${route.template ?? route.path.replace(/:(\w+)/g, '{$1}')}`);
      expect(documented.sort()).toEqual([...listed, ...service.unscoped].sort());
    });

    const params = (route: JourneyRoute, side: 'own' | 'foreign') => prepared.get(route.path)?.[side] ?? {};

    it.each(cases)('$label on its own journey by $role: admitted $admitted', async ({ route, role, admitted }) => {
      const response = await call(app, route, own, params(route, 'own'), token('own', role));
      if (admitted) expect([401, 403, 404]).not.toContain(response.status);
      else expect(response.status).toBe(403);
    });

    it.each(cases)("$label on another organisation's journey by $role: national scope $national", async ({ route, role, admitted, national }) => {
      const response = await call(app, route, foreign, params(route, 'foreign'), token('own', role));
      if (!national) expect(response.status).toBe(404);
      else if (admitted) expect([401, 403, 404]).not.toContain(response.status);
      else expect(response.status).toBe(403);
    });

    it.each(service.routes.map((route) => ({ route, label: `${route.method} ${route.path}` })))(
      '$label: the outsider, a support case worker of an unrelated organisation, gets 404 as for a journey that does not exist',
      async ({ route }) => {
        const outsider = token('outsider', 'support-case-worker');
        const foreignParams = params(route, 'foreign');
        const missingParams = Object.fromEntries(Object.keys(foreignParams).map((name) => [name, randomUUID()]));
        const onForeign = await call(app, route, foreign, foreignParams, outsider);
        const onMissing = await call(app, route, randomUUID(), missingParams, outsider);
        expect(onForeign.status).toBe(404);
        expect(onMissing.status).toBe(404);
        // Word for word the same but for the id the caller sent.
        const named = (body: unknown, ids: Record<string, string>) => Object.values(ids).reduce((text, id) => text.split(id).join('<id>'), JSON.stringify(body));
        expect(named(onForeign.body, foreignParams)).toEqual(named(onMissing.body, missingParams));
      },
    );

    it.each(service.routes.map((route) => ({ route, label: `${route.method} ${route.path}` })))('$label without a token: 401', async ({ route }) => {
      expect((await call(app, route, own, params(route, 'own'))).status).toBe(401);
    });
  });
}

/** A route about no one journey (reference data, a national list): the role alone decides. */
export interface UnscopedRoute {
  method: Method;
  path: string;
  roles: Role[];
}

/**
 * Every role against every route of a service that is about no one journey: a role the route
 * admits gets `admitted` (200 by default; 'not refused' where an empty body may fail validation),
 * every other role 403.
 */
export function describeRoleAuthorization(service: {
  title: string;
  start: () => Promise<NestExpressApplication>;
  stop: (app: NestExpressApplication) => Promise<void>;
  routes: UnscopedRoute[];
  token: (role: Role) => string;
  admitted?: 200 | 'not refused';
}): void {
  describe(service.title, () => {
    let app: NestExpressApplication;

    beforeAll(async () => {
      app = await service.start();
    });
    afterAll(() => service.stop(app));

    const cases = service.routes.flatMap(({ method, path, roles }) => HarbourRoles.map((role) => ({ method, path, role, admitted: roles.includes(role) })));
    it.each(cases)('$method $path by $role: admitted $admitted', async ({ method, path, role, admitted }) => {
      const response = await request(app.getHttpServer())[method](path).auth(service.token(role), { type: 'bearer' }).send({});
      if (!admitted) expect(response.status).toBe(403);
      else if (service.admitted === 'not refused') expect([401, 403]).not.toContain(response.status);
      else expect(response.status).toBe(200);
    });
  });
}

/** The audit chain every service with an audit log serves: auditors alone read it. */
export const AuditRoutes: UnscopedRoute[] = [
  { method: 'get', path: '/audit/entries', roles: ['auditor'] },
  { method: 'get', path: '/audit/verification', roles: ['auditor'] },
];
export const auditOperations = AuditRoutes.map(({ method, path }) => `${method} ${path}`);
