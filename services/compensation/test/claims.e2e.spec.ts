import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import {
  AppealLodgedEvent,
  ClaimDecidedEvent,
  ClaimOpenedEvent,
  ClaimSubmittedEvent,
  PaymentMadeEvent,
} from '@harbour/contracts';
import { AuditLog } from '@harbour/security';
import { joinJourney, TestOrganisations, uniqueName } from '@harbour/testing';
import { bearer, http, journeyFacts, newJourneyId, officer, startCompensationService, stateFundClaim, stopCompensationService, storedClaim } from './support/compensation-testbed';

const REQUIRED_STATE_FUND_DOCUMENTS = ['identity-document', 'police-report', 'proof-of-loss', 'bank-details'];

describe('compensation claims', () => {
  let app: NestExpressApplication;
  const post = (path: string, body?: object, token = officer()) => http(app).post(path).auth(token, { type: 'bearer' }).send(body);
  const open = async (journeyId: string, body: object = stateFundClaim()) => (await post(`/journeys/${journeyId}/claims`, body).expect(201)).body;
  const recordDocuments = async (claimId: string, kinds: string[]) => {
    for (const kind of kinds) await post(`/claims/${claimId}/documents`, { kind, reference: `DMS-2026-${kind}` }).expect(201);
  };

  beforeAll(async () => {
    app = await startCompensationService();
  });
  afterAll(() => stopCompensationService(app));

  it('walks a state-fund claim from opening to payment, each step a valid fact of the journey with nothing personal', async () => {
    const journeyId = newJourneyId();
    const claim = await open(journeyId);
    expect(claim).toMatchObject({ journeyId, scheme: 'state-fund', status: 'opened', totalClaimed: 5000.5 });
    expect(claim.checklist.filter((item: { required: boolean }) => item.required).map((item: { kind: string }) => item.kind)).toEqual(REQUIRED_STATE_FUND_DOCUMENTS);

    await recordDocuments(claim.claimId, REQUIRED_STATE_FUND_DOCUMENTS);
    const submitted = (await post(`/claims/${claim.claimId}/submission`, {}).expect(201)).body;
    const decided = (await post(`/claims/${claim.claimId}/decision`, { outcome: 'partly-granted', amount: 3000 }).expect(201)).body;
    const paid = (await post(`/claims/${claim.claimId}/payment`, {}).expect(201)).body;

    expect(submitted).toMatchObject({ status: 'submitted', submittedComplete: true });
    expect(decided.decision).toEqual({ outcome: 'partly-granted', amount: 3000, decidedAt: expect.any(String), appealDeadline: expect.any(String) });
    // The state fund's default appeal window: 60 days from the decision.
    expect(Date.parse(decided.decision.appealDeadline) - Date.parse(decided.decision.decidedAt)).toBe(60 * 24 * 3600_000);
    expect(paid).toMatchObject({ status: 'paid', payments: [{ paymentId: expect.any(String), amount: 3000 }] });

    const types = [ClaimOpenedEvent.type, ClaimSubmittedEvent.type, ClaimDecidedEvent.type, PaymentMadeEvent.type];
    const { facts, records } = await journeyFacts(journeyId, types);
    expect(facts.map((fact) => fact.type)).toEqual(types);
    expect(facts.every((fact) => fact.source === '/harbour/compensation' && fact.subject === journeyId && fact.specversion === '1.0')).toBe(true);
    // Validation refuses unknown fields, so these are all each fact says.
    expect(facts.map((fact) => fact.data)).toEqual([
      { claimId: claim.claimId, scheme: 'state-fund', crimeDate: '2025-11-14T00:00:00.000Z', openedAt: claim.openedAt, actingOrganisationId: TestOrganisations['compensation-officer'] },
      { claimId: claim.claimId, submittedAt: submitted.submittedAt, complete: true },
      { claimId: claim.claimId, outcome: 'partly-granted', decidedAt: decided.decision.decidedAt, appealDeadline: decided.decision.appealDeadline },
      { claimId: claim.claimId, paymentId: paid.payments[0].paymentId, paidAt: paid.payments[0].paidAt },
    ]);
    expect(JSON.stringify(records)).not.toContain('DMS-2026');
  });

  it("carries what the journey needs when compensation is its door: country, region, language and the officer's organisation", async () => {
    const journeyId = newJourneyId();
    const claim = await open(journeyId, { ...stateFundClaim(), country: 'GB', region: 'GB-SCT', language: 'pl' });

    const { facts } = await journeyFacts(journeyId, [ClaimOpenedEvent.type]);
    expect(facts[0].data).toMatchObject({ claimId: claim.claimId, country: 'GB', region: 'GB-SCT', language: 'pl', actingOrganisationId: TestOrganisations['compensation-officer'] });
    const foreign = await post(`/journeys/${newJourneyId()}/claims`, { ...stateFundClaim(), country: 'BE', region: 'GB-SCT' }).expect(400);
    expect(foreign.body.message).toEqual(['region GB-SCT is not a region of BE']);
    const unknown = await post(`/journeys/${newJourneyId()}/claims`, { ...stateFundClaim(), country: 'GB', region: 'GB-LND' }).expect(400);
    expect(unknown.body.message).toEqual(['region GB-LND is not a region of GB the holiday calendars know (GB-ENG, GB-NIR, GB-SCT, GB-WLS)']);
  });

  it('keeps document references encrypted, readable by the officer only, each read in the audit log', async () => {
    const journeyId = newJourneyId();
    const claim = await open(journeyId);
    await recordDocuments(claim.claimId, ['identity-document']);

    expect(JSON.stringify(await storedClaim(app, claim.claimId))).not.toContain('DMS-2026-identity-document');
    const { body } = await http(app).get(`/claims/${claim.claimId}/personal-data`).auth(officer(), { type: 'bearer' }).expect(200);
    expect(body.documents).toEqual([{ kind: 'identity-document', reference: 'DMS-2026-identity-document', receivedAt: expect.any(String) }]);
    const audited = await app.get<Connection>(getConnectionToken()).collection('audit_log').find({ journeyId }).toArray();
    expect(audited).toEqual([expect.objectContaining({ actor: 'test-compensation-officer', action: 'read-claim-personal-data', resource: `claim/${claim.claimId}` })]);
    expect((await app.get(AuditLog).verifyChain()).intact).toBe(true);
  });

  it('answers a retried opening with the same Idempotency-Key with the first claim, and publishes ClaimOpened once', async () => {
    const journeyId = newJourneyId();
    const key = uniqueName('claim-key');
    const retry = () => http(app).post(`/journeys/${journeyId}/claims`).auth(officer(), { type: 'bearer' }).set('Idempotency-Key', key).send(stateFundClaim());

    const [first, racing] = await Promise.all([retry().expect(201), retry().expect(201)]);
    const late = await retry().expect(201);

    expect(racing.body.claimId).toBe(first.body.claimId);
    expect(late.body).toEqual(first.body);
    expect(late.headers['idempotent-replayed']).toBe('true');
    await http(app).post(`/journeys/${newJourneyId()}/claims`).auth(officer(), { type: 'bearer' }).set('Idempotency-Key', key).send(stateFundClaim()).expect(409, {
      message: 'Idempotency-Key was already used for a claim of another journey',
      error: 'Conflict',
      statusCode: 409,
    });
    await http(app).post(`/journeys/${journeyId}/claims`).auth(officer(), { type: 'bearer' }).set('Idempotency-Key', 'short').send(stateFundClaim()).expect(400);
    expect(await app.get<Connection>(getConnectionToken()).collection('claims').countDocuments({ journeyId })).toBe(1);
    const { facts } = await journeyFacts(journeyId, [ClaimOpenedEvent.type]);
    expect(facts.filter((fact) => fact.type === ClaimOpenedEvent.type)).toHaveLength(1);
  });

  it('refuses the dedicated fund when the perpetrator is known, and the offender scheme when unknown, saying why', async () => {
    const journeyId = newJourneyId();

    const dedicated = await post(`/journeys/${journeyId}/claims`, stateFundClaim({ scheme: 'dedicated-fund', perpetratorKnown: true })).expect(400);
    expect(dedicated.body.message).toEqual([expect.stringMatching(/^scheme dedicated-fund is only for crimes whose perpetrator is unknown/)]);
    const offender = await post(`/journeys/${journeyId}/claims`, stateFundClaim({ scheme: 'offender', perpetratorKnown: false })).expect(400);
    expect(offender.body.message).toEqual([expect.stringMatching(/^scheme offender needs a known perpetrator/)]);

    const unknownPerpetrator = await open(journeyId, stateFundClaim({ scheme: 'dedicated-fund', perpetratorKnown: false }));
    expect(unknownPerpetrator.checklist.map((item: { kind: string }) => item.kind)).toContain('perpetrator-unknown-attestation');
  });

  it('refuses a malformed claim field by field', async () => {
    const { body } = await post(`/journeys/${newJourneyId()}/claims`, {
      ...stateFundClaim({ crimeDate: '2999-01-01T00:00:00.000Z', crimeCountry: 'XX', currency: 'euro', headsOfLoss: [{ head: 'pain', amount: -1 }] }),
      victimName: 'Maria',
    }).expect(400);
    expect(body.message).toEqual(
      expect.arrayContaining([
        'property victimName should not exist',
        'crimeDate must not lie in the future',
        "crimeDate must fall from 2020-01-01 to 2040-12-31, the years Harbour's holiday calendars cover",
        'crimeCountry must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")',
        'currency must be an ISO 4217 code such as "EUR"',
        expect.stringMatching(/^headsOfLoss\.0\.head must be one of the following values/),
        'headsOfLoss.0.amount must not be less than 0.01',
      ]),
    );
    await post('/journeys/not-a-journey/claims', stateFundClaim()).expect(400, {
      message: ['journeyId must be a journey id (UUID)'],
      error: 'Bad Request',
      statusCode: 400,
    });
  });

  it('refuses an incomplete submission unless sent as incomplete, then says it was incomplete', async () => {
    const journeyId = newJourneyId();
    const claim = await open(journeyId);
    await recordDocuments(claim.claimId, ['identity-document']);

    const refused = await post(`/claims/${claim.claimId}/submission`, {}).expect(409);
    expect(refused.body.message).toBe(
      'the checklist lacks required documents: police-report, proof-of-loss, bank-details; record them, or submit with "incomplete": true to send the claim as it is',
    );
    await post(`/claims/${claim.claimId}/submission`, { incomplete: true }).expect(201);

    const { facts } = await journeyFacts(journeyId, [ClaimSubmittedEvent.type]);
    expect(facts.find((fact) => fact.type === ClaimSubmittedEvent.type)?.data).toMatchObject({ complete: false });
  });

  it('answers steps out of order with 409 and the reason, and an unknown claim with 404', async () => {
    const claim = await open(newJourneyId());

    const early = await post(`/claims/${claim.claimId}/decision`, { outcome: 'granted', amount: 5000.5 }).expect(409);
    expect(early.body.message).toBe('a claim that is opened cannot be decided');
    expect((await post(`/claims/${claim.claimId}/payment`, {}).expect(409)).body.message).toBe('a claim that is opened cannot be paid');
    expect((await post(`/claims/${claim.claimId}/transmission`).expect(409)).body.message).toBe('a claim that is opened cannot be transmitted');
    await post(`/claims/${claim.claimId}/documents`, { kind: 'criminal-judgement', reference: 'DMS-1' }).expect(400, {
      message: 'a criminal-judgement is not on the state-fund checklist of this claim',
      error: 'Bad Request',
      statusCode: 400,
    });
    await post('/claims/3f1e7c4a-9b2d-4e8f-a6c1-0d5b7e9f2a43/submission', {}).expect(404);
  });

  it('lodges an appeal against a refusal, and records the decision on the appeal with a new appeal window', async () => {
    const journeyId = newJourneyId();
    const claim = await open(journeyId);
    await post(`/claims/${claim.claimId}/submission`, { incomplete: true }).expect(201);
    await post(`/claims/${claim.claimId}/decision`, { outcome: 'refused', amount: 0 }).expect(201);
    expect((await post(`/claims/${claim.claimId}/payment`, {}).expect(409)).body.message).toBe('a refused claim cannot be paid');

    const appealed = (await post(`/claims/${claim.claimId}/appeal`).expect(201)).body;
    const reDecided = (await post(`/claims/${claim.claimId}/decision`, { outcome: 'granted', amount: 5000.5 }).expect(201)).body;
    await post(`/claims/${claim.claimId}/payment`, {}).expect(201);

    expect(appealed).toMatchObject({ status: 'appealed', appeals: [{ appealId: expect.any(String), lodgedAt: expect.any(String) }] });
    expect(reDecided.decision).toMatchObject({ outcome: 'granted', amount: 5000.5 });
    const { facts } = await journeyFacts(journeyId, [ClaimDecidedEvent.type, AppealLodgedEvent.type, ClaimDecidedEvent.type, PaymentMadeEvent.type]);
    expect(facts.find((fact) => fact.type === AppealLodgedEvent.type)?.data).toEqual({ claimId: claim.claimId, appealId: appealed.appeals[0].appealId, lodgedAt: appealed.appeals[0].lodgedAt });
  });

  it("shows the victim's case worker where the journey's claims stand", async () => {
    const journeyId = newJourneyId();
    const first = await open(journeyId);
    const second = await open(journeyId, stateFundClaim({ scheme: 'offender' }));
    const caseWorker = bearer(['support-case-worker'], 'be-payoke');
    await joinJourney(app, journeyId, 'be-payoke', 'accepted-referral');

    const { body } = await http(app).get(`/journeys/${journeyId}/claims`).auth(caseWorker, { type: 'bearer' }).expect(200);
    expect(body.map((claim: { claimId: string }) => claim.claimId).sort()).toEqual([first.claimId, second.claimId].sort());
    const one = await http(app).get(`/claims/${first.claimId}`).auth(caseWorker, { type: 'bearer' }).expect(200);
    expect(one.body).toMatchObject({ claimId: first.claimId, status: 'opened' });
  });
});
