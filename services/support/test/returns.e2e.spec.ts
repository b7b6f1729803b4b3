import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { CrossBorderReferralCreatedEvent, ReturnPlannedEvent, ReturnPlanReadyEvent } from '@harbour/contracts';
import { joinJourney } from '@harbour/testing';
import { bearer, http, journeyFacts, startSupportService, stopSupportService } from './support/support-testbed';

const ANTWERP = 'be-harbourline-antwerp';

describe('safe return with a cross-border referral (CETS 197 Art 16)', () => {
  let app: NestExpressApplication;
  const antwerp = bearer(['support-case-worker'], ANTWERP);
  const brussels = bearer(['support-case-worker'], 'be-lighthouse-brussels');
  const inThreeWeeks = () => new Date(Date.now() + 21 * 86_400_000).toISOString();
  const planReturn = (journeyId: string, body: object, token = antwerp) => http(app).post(`/journeys/${journeyId}/returns`).auth(token, { type: 'bearer' }).send(body);
  const makeReady = (returnId: string, body: object, token = antwerp) => http(app).post(`/returns/${returnId}/plan`).auth(token, { type: 'bearer' }).send(body);
  /** A journey whose referral Antwerp accepted: Antwerp takes part in it. */
  const antwerpsJourney = async () => {
    const journeyId = randomUUID();
    await joinJourney(app, journeyId, ANTWERP, 'accepted-referral');
    return journeyId;
  };
  const readyPlan = { riskAssessmentReference: 'RA-2026-0042', specialism: 'labour-exploitation', language: 'ro', needs: ['safe-accommodation', 'family-contact'], longTermSupport: true };

  beforeAll(async () => {
    app = await startSupportService();
  });
  afterAll(() => stopSupportService(app));

  it('plans a return and publishes ReturnPlanned with exactly its id, country and departure', async () => {
    const journeyId = await antwerpsJourney();
    const departureDate = inThreeWeeks();

    const { body } = await planReturn(journeyId, { toCountry: 'nl', departureDate }).expect(201);

    expect(body).toEqual({ returnId: expect.any(String), journeyId, toCountry: 'NL', departureDate, plannedAt: expect.any(String), status: 'planned' });
    const [planned] = await journeyFacts(journeyId, [ReturnPlannedEvent.type]);
    expect(planned).toMatchObject({ type: ReturnPlannedEvent.type, subject: journeyId });
    expect(planned.data).toEqual({ returnId: body.returnId, toCountry: 'NL', departureDate, plannedAt: body.plannedAt });
  });

  it("makes the plan ready with a referral to a matching organisation there, summarised in that organisation's language", async () => {
    const journeyId = await antwerpsJourney();
    const { body: planned } = await planReturn(journeyId, { toCountry: 'NL', departureDate: inThreeWeeks() }).expect(201);

    const { body } = await makeReady(planned.returnId, readyPlan).expect(200);

    expect(body).toMatchObject({ returnId: planned.returnId, status: 'ready', riskAssessmentReference: 'RA-2026-0042', readyAt: expect.any(String) });
    const referral = body.crossBorderReferral;
    expect(referral).toMatchObject({ crossBorderReferralId: expect.any(String), organisationId: 'nl-anchor-rotterdam', reasons: expect.arrayContaining(['specialised in labour-exploitation']) });
    expect(referral.summary.language).toBe('nl');
    expect(referral.summary.fields).toEqual(
      expect.arrayContaining([
        { field: 'specialism', label: 'Gespecialiseerde hulp nodig', value: 'arbeidsuitbuiting' },
        { field: 'needs', label: 'Vastgestelde behoeften', value: 'veilige opvang, contact met familie' },
        { field: 'longTermSupport', label: 'Langdurige ondersteuning', value: 'ja' },
        { field: 'riskAssessmentReference', label: 'Referentie risicobeoordeling', value: 'RA-2026-0042' },
      ]),
    );
    const facts = await journeyFacts(journeyId, [CrossBorderReferralCreatedEvent.type, ReturnPlanReadyEvent.type]);
    expect(facts.find((fact) => fact.type === ReturnPlanReadyEvent.type)?.data).toEqual({ returnId: planned.returnId, readyAt: body.readyAt, crossBorderReferralId: referral.crossBorderReferralId });
    expect(facts.find((fact) => fact.type === CrossBorderReferralCreatedEvent.type)?.data).toEqual({
      crossBorderReferralId: referral.crossBorderReferralId,
      toCountry: 'NL',
      organisationId: 'nl-anchor-rotterdam',
      createdAt: referral.createdAt,
    });
    expect((await http(app).get(`/returns/${planned.returnId}`).auth(antwerp, { type: 'bearer' }).expect(200)).body).toEqual(body);

    // The receiving organisation finds the referral among its own, summarised in Dutch; Antwerp's list does not hold it.
    const rotterdam = bearer(['support-case-worker'], 'nl-anchor-rotterdam');
    const received = await http(app).get('/organisations/nl-anchor-rotterdam/cross-border-referrals?pageSize=100').auth(rotterdam, { type: 'bearer' }).expect(200);
    expect(received.body.items).toContainEqual({
      crossBorderReferralId: referral.crossBorderReferralId,
      journeyId,
      toCountry: 'NL',
      departureDate: planned.departureDate,
      summary: referral.summary,
      createdAt: referral.createdAt,
    });
    const own = await http(app).get(`/organisations/${ANTWERP}/cross-border-referrals?pageSize=100`).auth(antwerp, { type: 'bearer' }).expect(200);
    expect(own.body.items.map((item: { crossBorderReferralId: string }) => item.crossBorderReferralId)).not.toContain(referral.crossBorderReferralId);
    await http(app).get('/organisations/nl-anchor-rotterdam/cross-border-referrals').auth(antwerp, { type: 'bearer' }).expect(403);
    expect((await makeReady(planned.returnId, readyPlan).expect(409)).body.message).toBe(`return ${planned.returnId} already has a ready plan`);
  });

  it('says why when no organisation in the country of return can take the referral', async () => {
    const { body: planned } = await planReturn(await antwerpsJourney(), { toCountry: 'PL', departureDate: inThreeWeeks() }).expect(201);

    const { body } = await makeReady(planned.returnId, readyPlan).expect(409);

    expect(body.message).toBe('no organisation in PL can take the referral (the directory lists none there)');
  });

  it('refers nobody across the border once the victim objected to referrals', async () => {
    const journeyId = await antwerpsJourney();
    await http(app).put(`/journeys/${journeyId}/referral-basis`).auth(antwerp, { type: 'bearer' }).send({ basis: 'objected' }).expect(200);
    const { body: planned } = await planReturn(journeyId, { toCountry: 'NL', departureDate: inThreeWeeks() }).expect(201);

    const refused = await makeReady(planned.returnId, readyPlan).expect(409);

    expect(refused.body.message).toBe('the victim objected to being referred: no organisation is asked');
  });

  it("keeps each organisation's returns to itself, and refuses a past departure or a free-text risk assessment", async () => {
    const { body: planned } = await planReturn(await antwerpsJourney(), { toCountry: 'NL', departureDate: inThreeWeeks() }).expect(201);
    await makeReady(planned.returnId, readyPlan, brussels).expect(404);
    await http(app).get(`/returns/${planned.returnId}`).auth(brussels, { type: 'bearer' }).expect(404);

    expect((await planReturn(await antwerpsJourney(), { toCountry: 'NL', departureDate: '2020-01-01T00:00:00Z' }).expect(400)).body.message).toBe('departureDate must be in the future');
    expect((await planReturn(await antwerpsJourney(), { toCountry: 'Netherlands', departureDate: inThreeWeeks() }).expect(400)).body.message).toEqual([
      'toCountry must be an ISO 3166-1 alpha-2 code such as "NL"',
    ]);
    const freeText = await makeReady(planned.returnId, { ...readyPlan, riskAssessmentReference: 'high risk: trafficker lives in her village' }).expect(400);
    expect(freeText.body.message).toEqual(['riskAssessmentReference must be a reference of letters, digits and . _ / - (at most 64)']);
  });
});
