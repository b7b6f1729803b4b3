import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { HarbourRoles, Role } from '@harbour/security';
import { auditOperations, AuditRoutes, describeJourneyAuthorization, describeRoleAuthorization, JourneyContext, JourneyRoute } from '@harbour/testing';
import { bearer, http, labourExploitationInBelgium, startSupportService, stopSupportService, supportActivities } from './support/support-testbed';

const ANTWERP = 'be-harbourline-antwerp';
const BRUSSELS = 'be-lighthouse-brussels';

interface Endpoint {
  method: 'get' | 'post' | 'put';
  path: string;
  roles: Role[];
  body?: object;
  /**
   * How a support case worker of another organisation is answered on Antwerp's resource:
   * refused by name when the path names Antwerp, as if it did not exist when only its id does.
   */
  foreign?: 403 | 404;
}

/** Every route of the support service about an organisation rather than a journey, with who may call it; health and reference data are covered by the conformance suite. */
const endpoints = (referralId: string): Endpoint[] => [
  { method: 'get', path: '/organisations', roles: ['operations-analyst', 'support-case-worker', 'service'] },
  { method: 'get', path: '/organisations/matches?country=BE&language=ro&specialism=labour-exploitation', roles: ['operations-analyst', 'support-case-worker', 'service'] },
  { method: 'get', path: `/organisations/${ANTWERP}/tasks`, roles: ['support-case-worker'], foreign: 403 },
  { method: 'post', path: `/organisations/${ANTWERP}/tasks/${referralId}/accept`, roles: ['support-case-worker'], foreign: 403 },
  { method: 'post', path: `/organisations/${ANTWERP}/tasks/${referralId}/decline`, roles: ['support-case-worker'], body: { reason: 'no-capacity' }, foreign: 403 },
  { method: 'post', path: `/organisations/${ANTWERP}/tasks/${referralId}/start`, roles: ['support-case-worker'], foreign: 403 },
  { method: 'post', path: `/organisations/${ANTWERP}/tasks/${referralId}/complete`, roles: ['support-case-worker'], foreign: 403 },
  { method: 'put', path: `/organisations/${ANTWERP}/task-channel`, roles: ['support-case-worker'], body: { channel: 'inbox' }, foreign: 403 },
  { method: 'get', path: `/organisations/${ANTWERP}/task-channel/history`, roles: ['support-case-worker'], foreign: 403 },
  { method: 'get', path: `/organisations/${ANTWERP}/cross-border-referrals`, roles: ['support-case-worker'], foreign: 403 },
  { method: 'post', path: `/organisations/${ANTWERP}/self-referrals`, roles: ['support-case-worker'], body: { channel: 'walk-in', country: 'BE' }, foreign: 403 },
  { method: 'get', path: '/webhook-deliveries', roles: ['operations-analyst', 'support-case-worker'] },
  { method: 'post', path: `/webhook-deliveries/${randomUUID()}/redeliver`, roles: ['operations-analyst', 'support-case-worker'] },
];

describe('who may call each endpoint of the support service', () => {
  let app: NestExpressApplication;
  let table: Endpoint[];
  /** Antwerp's resources, which Brussels must never reach. */
  let antwerpOwns: Endpoint[];

  const call = ({ method, path, body }: Endpoint, token?: string) => {
    const pending = http(app)[method](path);
    if (token) pending.auth(token, { type: 'bearer' });
    return body ? pending.send(body) : pending;
  };
  const tokenOf = (role: Role) => bearer([role], role === 'support-case-worker' ? ANTWERP : undefined);

  beforeAll(async () => {
    app = await startSupportService();
    const support = supportActivities(app);
    const antwerp = bearer(['support-case-worker'], ANTWERP);
    const command = labourExploitationInBelgium();
    const referralId = (await support.offerReferral(command))?.referralId ?? '';
    await http(app).post(`/organisations/${ANTWERP}/tasks/${referralId}/accept`).auth(antwerp, { type: 'bearer' }).expect(200);
    // Unknown ids for the table, so that allowed callers change nothing; Antwerp's own for the organisation checks.
    table = endpoints(randomUUID());
    antwerpOwns = endpoints(referralId);
  });
  afterAll(() => stopSupportService(app));

  it('refuses every endpoint without a token', async () => {
    for (const endpoint of table) {
      const response = await call(endpoint);
      expect([endpoint.path, response.status]).toEqual([endpoint.path, 401]);
    }
  });

  it.each(HarbourRoles)('lets a caller with the role %s reach exactly the endpoints open to it', async (role) => {
    for (const endpoint of table) {
      const response = await call(endpoint, tokenOf(role));
      if (endpoint.roles.includes(role)) {
        expect([endpoint.method, endpoint.path, [401, 403].includes(response.status)]).toEqual([endpoint.method, endpoint.path, false]);
      } else {
        expect([endpoint.method, endpoint.path, response.status]).toEqual([endpoint.method, endpoint.path, 403]);
        expect(response.body.message).toBe(`this action needs one of the roles: ${endpoint.roles.join(', ')}`);
      }
    }
  });

  it("never lets a support case worker of another organisation reach an organisation's tasks", async () => {
    const brussels = bearer(['support-case-worker'], BRUSSELS);
    const owned = antwerpOwns.filter((endpoint) => endpoint.foreign);
    expect(owned).toHaveLength(9);
    for (const endpoint of owned) {
      const response = await call(endpoint, brussels);
      expect([endpoint.method, endpoint.path, response.status]).toEqual([endpoint.method, endpoint.path, endpoint.foreign]);
    }
    const { body } = await http(app).get(`/organisations/${ANTWERP}/tasks`).auth(bearer(['support-case-worker'], ANTWERP), { type: 'bearer' }).expect(200);
    expect(body.items[0]).toMatchObject({ status: 'accepted' });
  });
});

const accepted = new Map<string, Promise<string>>();

/**
 * The referral of the journey accepted by the side's organisation: Antwerp's own; Brussels' on
 * the other journey (Antwerp left out of the match). One per journey, so that the organisations
 * keep their places.
 */
function acceptedReferralOf({ app, journeyId, side, token }: JourneyContext): Promise<string> {
  const once = async () => {
    const offered = await supportActivities(app).offerReferral(labourExploitationInBelgium({ journeyId, excludeOrganisationIds: side === 'own' ? [] : [ANTWERP] }));
    const organisation = side === 'own' ? ANTWERP : BRUSSELS;
    expect(offered?.organisationId).toBe(organisation);
    await http(app).post(`/organisations/${organisation}/tasks/${offered?.referralId}/accept`).auth(token('support-case-worker'), { type: 'bearer' }).expect(200);
    return offered?.referralId ?? '';
  };
  if (!accepted.has(journeyId)) accepted.set(journeyId, once());
  return accepted.get(journeyId) as Promise<string>;
}

const referralOf = async (context: JourneyContext) => ({ referralId: await acceptedReferralOf(context) });

/** The referral with its needs assessed and a support plan agreed, for reading the plan back. */
async function agreedPlanOf(context: JourneyContext): Promise<Record<string, string>> {
  const referralId = await acceptedReferralOf(context);
  const as = (path: string, body: object) => http(context.app).post(`/referrals/${referralId}/${path}`).auth(context.token('support-case-worker'), { type: 'bearer' }).send(body);
  await as('needs-assessment', { needs: ['medical-care'] });
  await as('support-plan', { items: [{ need: 'medical-care', goal: 'See a doctor', reviewBy: '2099-01-01T00:00:00Z' }], longTermSupport: false }).expect(201);
  return { referralId };
}

const planned = new Map<string, Promise<string>>();

/** A safe return planned by the side's support organisation, one per journey. */
function returnOf(context: JourneyContext): Promise<Record<string, string>> {
  const once = async () => {
    await acceptedReferralOf(context);
    const departureDate = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const { body } = await http(context.app)
      .post(`/journeys/${context.journeyId}/returns`)
      .auth(context.token('support-case-worker'), { type: 'bearer' })
      .send({ toCountry: 'NL', departureDate })
      .expect(201);
    return String(body.returnId);
  };
  if (!planned.has(context.journeyId)) planned.set(context.journeyId, once());
  return (planned.get(context.journeyId) as Promise<string>).then((returnId) => ({ returnId }));
}

/** Every journey-scoped route of support; revoking comes last, since it takes the referral back. */
const journeyRoutes: JourneyRoute[] = [
  { method: 'post', path: '/referrals/:referralId/needs-assessment', roles: ['support-case-worker'], prepare: referralOf },
  { method: 'post', path: '/referrals/:referralId/support-plan', roles: ['support-case-worker'], prepare: referralOf },
  { method: 'get', path: '/referrals/:referralId/support-plan', roles: ['support-case-worker'], prepare: agreedPlanOf },
  { method: 'put', path: '/journeys/:journeyId/referral-basis', roles: ['first-responder', 'nrm-decision-maker', 'support-case-worker'] },
  { method: 'post', path: '/journeys/:journeyId/returns', roles: ['support-case-worker'] },
  { method: 'post', path: '/returns/:returnId/plan', roles: ['support-case-worker'], prepare: returnOf },
  { method: 'get', path: '/returns/:returnId', roles: ['support-case-worker'], prepare: returnOf },
  { method: 'post', path: '/referrals/:referralId/revoke', roles: ['operations-analyst'], prepare: referralOf },
];

describeJourneyAuthorization({
  context: 'support',
  start: () => startSupportService(),
  stop: stopSupportService,
  routes: journeyRoutes,
  unscoped: [
    ...endpoints('{referralId}').map(({ method, path }) => `${method} ${path.split('?')[0].replace(ANTWERP, '{orgId}').replace(/[0-9a-f-]{36}/, '{deliveryId}')}`),
    'get /reference/vocabularies',
    'get /reference/events',
    ...auditOperations,
  ],
  organisations: (side, role) => (role === 'support-case-worker' ? (side === 'own' ? ANTWERP : BRUSSELS) : `${side}-${role}`),
});

describeRoleAuthorization({
  title: 'who may read the audit chain of support',
  start: () => startSupportService(),
  stop: stopSupportService,
  routes: AuditRoutes,
  token: (role) => bearer([role], role === 'support-case-worker' ? ANTWERP : undefined),
});
