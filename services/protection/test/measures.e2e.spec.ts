import { NestExpressApplication } from '@nestjs/platform-express';
import {
  AssessmentCompletedEvent,
  EpoIssuedEvent,
  EpoRecognisedEvent,
  ProtectionOrderBreachReportedEvent,
  ProtectionOrderIssuedEvent,
  ProtectionOrderRenewalDecidedEvent,
  ProtectionOrderRevokedEvent,
  ReassessmentRequestedEvent,
} from '@harbour/contracts';
import { TestOrganisations } from '@harbour/testing';
import { bearer, calmAnswers, factsOfType, http, inDays, journeyFacts, journeyOfTheCase, newJourney, officer, startProtectionService, stopProtectionService } from './support/protection-testbed';

describe('protection measures and orders', () => {
  let app: NestExpressApplication;
  const post = (path: string, body: object = {}, token = officer) => http(app).post(path).auth(token, { type: 'bearer' }).send(body);
  const get = (path: string, token = officer) => http(app).get(path).auth(token, { type: 'bearer' });
  const issueOrder = async (journeyId = newJourney(), kind = 'national-protection-order') => {
    const startsAt = new Date().toISOString();
    const { body } = await post(`/journeys/${journeyId}/measures`, { kind, startsAt, endsAt: inDays(180) }).expect(201);
    return body;
  };

  beforeAll(async () => {
    app = await startProtectionService();
  });
  afterAll(() => stopProtectionService(app));

  it('records an order in force and sends OrderIssued, which opens the journey expiry clock', async () => {
    const journeyId = await journeyOfTheCase(app);
    const startsAt = new Date().toISOString();
    const endsAt = inDays(180);

    const { body } = await post(`/journeys/${journeyId}/measures`, { kind: 'national-protection-order', startsAt, endsAt }).expect(201);

    expect(body).toEqual({
      measureId: expect.any(String),
      journeyId,
      kind: 'national-protection-order',
      order: true,
      status: 'active',
      startsAt,
      endsAt,
      renewals: [],
      breaches: [],
      reminders: [],
    });
    const [issued] = await journeyFacts(journeyId, [ProtectionOrderIssuedEvent.type]);
    expect(issued).toMatchObject({ specversion: '1.0', source: '/harbour/protection', subject: journeyId, data: { orderId: body.measureId, kind: 'national-protection-order', startsAt, endsAt } });
    await get(`/measures/${body.measureId}`).expect(200, body);
    await get(`/measures/${body.measureId}`, bearer(['prosecutor-liaison'])).expect(200, body);
    await get(`/journeys/${journeyId}/measures`, bearer(['prosecutor-liaison'])).expect(200, [body]);
  });

  it("carries what the journey needs when protection is its door: country, region, language and the officer's organisation", async () => {
    const journeyId = newJourney();
    const startsAt = new Date().toISOString();
    const { body } = await post(`/journeys/${journeyId}/measures`, { kind: 'barring-order', startsAt, endsAt: inDays(30), country: 'DE', region: 'DE-BY', language: 'ro' }).expect(201);

    const [issued] = await journeyFacts(journeyId, [ProtectionOrderIssuedEvent.type]);
    expect(issued.data).toEqual({
      orderId: body.measureId,
      kind: 'barring-order',
      startsAt,
      endsAt: body.endsAt,
      country: 'DE',
      region: 'DE-BY',
      language: 'ro',
      actingOrganisationId: TestOrganisations['protection-officer'],
    });
    const order = { kind: 'barring-order', startsAt, endsAt: inDays(30) };
    const foreign = await post(`/journeys/${newJourney()}/measures`, { ...order, country: 'DE', region: 'ES-CT' }).expect(400);
    expect(foreign.body.message).toEqual(['region ES-CT is not a region of DE']);
    const unknown = await post(`/journeys/${newJourney()}/measures`, { ...order, country: 'DE', region: 'DE-XX' }).expect(400);
    expect(unknown.body.message).toEqual([expect.stringMatching(/^region DE-XX is not a region of DE the holiday calendars know \(DE-BB, DE-BE, .*DE-BY/)]);
    const malformed = await post(`/journeys/${newJourney()}/measures`, { ...order, country: 'D', region: 'Bavaria', language: 'romanian' }).expect(400);
    expect(malformed.body.message).toEqual([
      'country must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")',
      'region must be an ISO 3166-2 subdivision code such as "BE-VLG"',
      'language must be an ISO 639-1 code such as "en"',
    ]);
  });

  it('records a shelter place without an end; refuses an order without one, an end before the start, and a kind it does not know', async () => {
    const journeyId = newJourney();
    const shelter = await post(`/journeys/${journeyId}/measures`, { kind: 'shelter', startsAt: new Date().toISOString() }).expect(201);
    expect(shelter.body).toMatchObject({ kind: 'shelter', order: false, status: 'active' });

    const open = await post(`/journeys/${journeyId}/measures`, { kind: 'police-protection', startsAt: new Date().toISOString() }).expect(400);
    expect(open.body.message).toEqual(['endsAt is required: a police-protection is an order and must have an end']);
    const backwards = await post(`/journeys/${journeyId}/measures`, { kind: 'shelter', startsAt: inDays(5), endsAt: inDays(2) }).expect(400);
    expect(backwards.body.message).toEqual(['endsAt must be later than startsAt']);
    const unknown = await post(`/journeys/${journeyId}/measures`, { kind: 'bodyguard', startsAt: inDays(0), endsAt: inDays(2) }).expect(400);
    expect(unknown.body.message).toEqual([expect.stringMatching(/^kind must be one of the following values: national-protection-order, /)]);
    const epo = await post(`/journeys/${journeyId}/measures`, { kind: 'european-protection-order', startsAt: inDays(0), endsAt: inDays(2) }).expect(400);
    expect(epo.body.message).toEqual([expect.stringContaining('POST /journeys/{journeyId}/european-protection-orders')]);
    const beyond = await post(`/journeys/${journeyId}/measures`, { kind: 'police-protection', startsAt: inDays(0), endsAt: '2050-01-01T00:00:00.000Z' }).expect(400);
    expect(beyond.body.message).toEqual(["endsAt must fall from 2020-01-01 to 2040-12-31, the years Harbour's holiday calendars cover"]);
  });

  it('renews an order to a later end, or records that it is not renewed; each decision reaches the journey', async () => {
    const order = await issueOrder();
    const newEnd = inDays(365);

    const renewed = await post(`/measures/${order.measureId}/renewal`, { decision: 'renewed', endsAt: newEnd }).expect(200);
    expect(renewed.body).toMatchObject({ status: 'renewed', endsAt: newEnd, renewals: [{ renewed: true, endsAt: newEnd, decidedAt: expect.any(String) }] });
    const notRenewed = await post(`/measures/${order.measureId}/renewal`, { decision: 'not-renewed' }).expect(200);
    expect(notRenewed.body).toMatchObject({ status: 'renewed', endsAt: newEnd });

    const decisions = await factsOfType(order.journeyId, ProtectionOrderRenewalDecidedEvent.type, 2);
    expect(decisions).toEqual([
      { orderId: order.measureId, renewed: true, endsAt: newEnd, decidedAt: renewed.body.renewals[0].decidedAt },
      { orderId: order.measureId, renewed: false, decidedAt: notRenewed.body.renewals[1].decidedAt },
    ]);

    const earlier = await post(`/measures/${order.measureId}/renewal`, { decision: 'renewed', endsAt: inDays(200) }).expect(400);
    expect(earlier.body.message).toEqual([`endsAt must be later than the measure's current end, ${newEnd}`]);
    const noEnd = await post(`/measures/${order.measureId}/renewal`, { decision: 'renewed' }).expect(400);
    expect(noEnd.body.message).toEqual(['endsAt must be an ISO 8601 date-time']);
    const endWithoutRenewal = await post(`/measures/${order.measureId}/renewal`, { decision: 'not-renewed', endsAt: newEnd }).expect(400);
    expect(endWithoutRenewal.body.message).toEqual(['endsAt is only given when the decision is renewed']);
  });

  it('refuses to renew a revoked order, saying why', async () => {
    const order = await issueOrder();
    await post(`/measures/${order.measureId}/revocation`, { reason: 'court-decision' }).expect(200);
    const [revoked] = await factsOfType(order.journeyId, ProtectionOrderRevokedEvent.type);
    expect(revoked).toEqual({ orderId: order.measureId, reason: 'court-decision', revokedAt: expect.any(String) });

    const late = await post(`/measures/${order.measureId}/renewal`, { decision: 'renewed', endsAt: inDays(400) }).expect(409);
    expect(late.body.message).toBe('a measure that is revoked cannot be renewed');
    await post('/measures/3f1e7c4a-9b2d-4e8f-a6c1-0d5b7e9f2a43/renewal', { decision: 'not-renewed' }).expect(404);
  });

  it('reports a breach and asks at once for an urgent re-assessment, which the next assessment answers', async () => {
    const order = await issueOrder();

    const { body: breach } = await post(`/measures/${order.measureId}/breaches`).expect(201);

    expect(breach).toEqual({
      orderId: order.measureId,
      journeyId: order.journeyId,
      breachId: expect.any(String),
      reportedAt: expect.any(String),
      inExecutingState: false,
      reassessmentRequestId: expect.any(String),
    });
    const facts = await journeyFacts(order.journeyId, [ProtectionOrderBreachReportedEvent.type, ReassessmentRequestedEvent.type]);
    expect(facts.find((fact) => fact.type === ProtectionOrderBreachReportedEvent.type)?.data).toEqual({ orderId: order.measureId, breachId: breach.breachId, reportedAt: breach.reportedAt });
    expect(facts.find((fact) => fact.type === ReassessmentRequestedEvent.type)?.data).toEqual({
      requestId: breach.reassessmentRequestId,
      reason: 'order-breached',
      urgent: true,
      requestedAt: breach.reportedAt,
    });
    expect((await get(`/measures/${order.measureId}`).expect(200)).body.breaches).toEqual([breach].map(({ breachId, reportedAt, inExecutingState, reassessmentRequestId }) => ({ breachId, reportedAt, inExecutingState, reassessmentRequestId })));

    const assessment = await post(`/journeys/${order.journeyId}/assessments`, { questionnaireVersion: 'vrd22-v1', answers: calmAnswers() }).expect(201);
    expect(assessment.body.answersRequestIds).toEqual([breach.reassessmentRequestId]);
    const [completed] = await factsOfType(order.journeyId, AssessmentCompletedEvent.type);
    expect(completed).toMatchObject({ answersRequestIds: [breach.reassessmentRequestId] });
  });

  it('refuses a breach report on a measure that is not an order', async () => {
    const shelter = await post(`/journeys/${newJourney()}/measures`, { kind: 'shelter', startsAt: new Date().toISOString() }).expect(201);
    const refused = await post(`/measures/${shelter.body.measureId}/breaches`).expect(409);
    expect(refused.body.message).toBe('a shelter is not an order: breaches are reported on orders');
  });

  describe('European Protection Order', () => {
    it('is issued from a national order for the executing state, recognised there once, and breaches there are reported back', async () => {
      const order = await issueOrder();

      const { body: epo } = await post(`/journeys/${order.journeyId}/european-protection-orders`, { executingCountry: 'NL', underlyingOrderId: order.measureId }).expect(201);

      expect(epo).toMatchObject({ kind: 'european-protection-order', order: true, status: 'active', endsAt: order.endsAt, epo: { executingCountry: 'NL', underlyingOrderId: order.measureId } });
      const [issued] = await factsOfType(order.journeyId, EpoIssuedEvent.type);
      expect(issued).toEqual({ epoId: epo.measureId, executingCountry: 'NL', issuedAt: epo.epo.issuedAt });
      const orders = (await factsOfType(order.journeyId, ProtectionOrderIssuedEvent.type, 2)) as { orderId: string }[];
      expect(orders.map((fact) => fact.orderId)).toEqual([order.measureId, epo.measureId]);

      const recognisedAt = new Date().toISOString();
      const recognition = await post(`/european-protection-orders/${epo.measureId}/recognition`, { decision: 'recognised', recognisedAt }).expect(200);
      expect(recognition.body.epo.recognition).toEqual({ decision: 'recognised', recognisedAt });
      const [recognised] = await factsOfType(order.journeyId, EpoRecognisedEvent.type);
      expect(recognised).toEqual({ epoId: epo.measureId, decision: 'recognised', recognisedAt });
      const again = await post(`/european-protection-orders/${epo.measureId}/recognition`, { decision: 'recognised', recognisedAt }).expect(409);
      expect(again.body.message).toBe(`the executing state's decision on European Protection Order ${epo.measureId} is already recorded`);

      const breach = await post(`/measures/${epo.measureId}/breaches`, { inExecutingState: true }).expect(201);
      expect(breach.body).toMatchObject({ orderId: epo.measureId, inExecutingState: true });
      const [reported] = await factsOfType(order.journeyId, ProtectionOrderBreachReportedEvent.type);
      expect(reported).toEqual({ orderId: epo.measureId, breachId: breach.body.breachId, reportedAt: breach.body.reportedAt });
    });

    it('needs a ground of refusal when refused, a served executing country, and an order of the same journey in force', async () => {
      const order = await issueOrder();
      const { body: epo } = await post(`/journeys/${order.journeyId}/european-protection-orders`, { executingCountry: 'DE', underlyingOrderId: order.measureId }).expect(201);

      const noReason = await post(`/european-protection-orders/${epo.measureId}/recognition`, { decision: 'refused', recognisedAt: new Date().toISOString() }).expect(400);
      expect(noReason.body.message).toEqual([expect.stringMatching(/^reason must be one of the following values: incomplete-order, /)]);
      await post(`/european-protection-orders/${epo.measureId}/recognition`, { decision: 'refused', reason: 'immunity', recognisedAt: new Date().toISOString() }).expect(200);
      await post(`/european-protection-orders/${order.measureId}/recognition`, { decision: 'recognised', recognisedAt: new Date().toISOString() }).expect(404);

      const abroad = await post(`/journeys/${order.journeyId}/european-protection-orders`, { executingCountry: 'US', underlyingOrderId: order.measureId }).expect(400);
      expect(abroad.body.message).toEqual(['executingCountry must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "NL")']);
      await post(`/journeys/${newJourney()}/european-protection-orders`, { executingCountry: 'NL', underlyingOrderId: order.measureId }).expect(404);
      const fromEpo = await post(`/journeys/${order.journeyId}/european-protection-orders`, { executingCountry: 'NL', underlyingOrderId: epo.measureId }).expect(409);
      expect(fromEpo.body.message).toBe(`a European Protection Order extends a national order; ${epo.measureId} is a european-protection-order`);
    });
  });
});
