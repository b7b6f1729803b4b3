import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  ConclusiveGroundsDecidedEvent,
  NrmReferralSubmittedEvent,
  ReasonableGroundsDecidedEvent,
  RecoveryPeriodExtendedEvent,
  RemovalRecordedEvent,
} from '@harbour/contracts';
import { decisionMaker, firstResponder, http, journeyFacts, POLICE, startIdentificationService, stopIdentificationService } from './support/identification-testbed';

describe('referral to the national referral mechanism and its decisions', () => {
  let app: NestExpressApplication;
  const refer = (body: object) => http(app).post('/nrm-referrals').auth(firstResponder, { type: 'bearer' }).send(body);
  const decide = (referralId: string, kind: 'reasonable-grounds' | 'conclusive-grounds', body: object) =>
    http(app).post(`/nrm-referrals/${referralId}/${kind}`).auth(decisionMaker, { type: 'bearer' }).send(body);
  const tasks = (query = '') => http(app).get(`/decision-tasks${query}`).auth(decisionMaker, { type: 'bearer' });
  const flags = (journeyId: string) => http(app).get(`/journeys/${journeyId}/flags`).auth(firstResponder, { type: 'bearer' });
  const adultReferral = async () => {
    const journeyId = randomUUID();
    const { body } = await refer({ journeyId, ageGroup: 'adult', consent: 'recorded' }).expect(201);
    return { journeyId, referralId: body.nrmReferralId as string };
  };

  beforeAll(async () => {
    app = await startIdentificationService();
  });
  afterAll(() => stopIdentificationService(app));

  it('answers a retry with the same Idempotency-Key with the first referral, and opens one clock only', async () => {
    const journeyId = randomUUID();
    const key = `nrm-${randomUUID()}`;
    const body = { journeyId, ageGroup: 'adult', consent: 'recorded' };
    const first = await refer(body).set('Idempotency-Key', key).expect(201);
    const retry = await refer(body).set('Idempotency-Key', key).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(retry.body).toEqual(first.body);

    const facts = await journeyFacts(journeyId, [NrmReferralSubmittedEvent.type]);
    expect(facts.filter((fact) => fact.type === NrmReferralSubmittedEvent.type).map((fact) => (fact.data as { nrmReferralId: string }).nrmReferralId)).toEqual([first.body.nrmReferralId]);

    const other = await refer({ ...body, journeyId: randomUUID() }).set('Idempotency-Key', key).expect(409);
    expect(other.body.message).toBe('Idempotency-Key was already used for a referral of another journey');
    const malformed = await refer(body).set('Idempotency-Key', 'short').expect(400);
    expect(malformed.body.message).toBe('Idempotency-Key must be 8 to 128 letters, digits, "-" or "_"');
  });

  it('goes from referral through reasonable and conclusive grounds, each a task and a fact for the journey, the reasons kept out of events', async () => {
    const { journeyId, referralId } = await adultReferral();
    expect((await flags(journeyId).expect(200)).body).toMatchObject({ doNotRemove: true, doNotRemoveReferralIds: [referralId] });
    const open = await tasks('?kind=reasonable-grounds&limit=200').expect(200);
    expect(open.body).toContainEqual({ nrmReferralId: referralId, journeyId, kind: 'reasonable-grounds', openedAt: expect.any(String), ageGroup: 'adult', submittedAt: expect.any(String) });

    const rg = await decide(referralId, 'reasonable-grounds', { decision: 'positive', reasons: 'Consistent account of debt bondage.' }).expect(200);
    expect(rg.body).toMatchObject({ status: 'awaiting-conclusive-grounds', openTask: 'conclusive-grounds', doNotRemove: true, reasonableGrounds: { decision: 'positive' } });
    expect(rg.body.reasonableGrounds.reasons).toBeUndefined();
    const afterRg = await tasks('?limit=200').expect(200);
    expect(afterRg.body.filter((task: { nrmReferralId: string }) => task.nrmReferralId === referralId).map((task: { kind: string }) => task.kind)).toEqual(['conclusive-grounds']);

    const cg = await decide(referralId, 'conclusive-grounds', { decision: 'positive', reasons: 'Identified as a victim.', requestedByPerson: true }).expect(200);
    expect(cg.body).toMatchObject({ status: 'identified', doNotRemove: false, conclusiveGrounds: { decision: 'positive', requestedByPerson: true } });
    expect(cg.body.openTask).toBeUndefined();
    expect((await flags(journeyId).expect(200)).body).toMatchObject({ doNotRemove: false, doNotRemoveReferralIds: [] });

    const facts = await journeyFacts(journeyId, [NrmReferralSubmittedEvent.type, ReasonableGroundsDecidedEvent.type, ConclusiveGroundsDecidedEvent.type]);
    expect(facts.map((fact) => [fact.type, fact.data])).toEqual([
      [NrmReferralSubmittedEvent.type, { nrmReferralId: referralId, consent: 'recorded', submittedAt: expect.any(String), actingOrganisationId: POLICE }],
      [ReasonableGroundsDecidedEvent.type, { nrmReferralId: referralId, decision: 'positive', decidedAt: expect.any(String) }],
      [ConclusiveGroundsDecidedEvent.type, { nrmReferralId: referralId, decision: 'positive', decidedAt: expect.any(String), requestedByPerson: true }],
    ]);

    const read = await http(app).get(`/nrm-referrals/${referralId}`).auth(decisionMaker, { type: 'bearer' }).expect(200);
    expect(read.body.reasonableGrounds.reasons).toBe('Consistent account of debt bondage.');
    expect(read.body.conclusiveGrounds.reasons).toBe('Identified as a victim.');
  });

  it('refers a child without consent, and refuses an adult without it with a precise 400', async () => {
    await refer({ journeyId: randomUUID(), ageGroup: 'child', consent: 'not-required-child' }).expect(201);

    const refused = await refer({ journeyId: randomUUID(), ageGroup: 'adult', consent: 'not-required-child' }).expect(400);
    expect(refused.body.message).toBe('an adult is referred to the NRM only with their consent: consent must be "recorded" ("not-required-child" is for children)');
    const missing = await refer({ journeyId: randomUUID(), ageGroup: 'adult' }).expect(400);
    expect(missing.body.message).toEqual(['consent must be one of the following values: recorded, not-required-child']);
  });

  it('refuses a conclusive-grounds decision before a positive reasonable-grounds one, and a second decision, with 409 and the reason', async () => {
    const { referralId } = await adultReferral();

    const early = await decide(referralId, 'conclusive-grounds', { decision: 'positive', reasons: 'x', requestedByPerson: false }).expect(409);
    expect(early.body.message).toBe('no conclusive-grounds decision now: the referral awaits its reasonable-grounds decision first');

    await decide(referralId, 'reasonable-grounds', { decision: 'negative', reasons: 'Account not consistent.' }).expect(200);
    const second = await decide(referralId, 'reasonable-grounds', { decision: 'positive', reasons: 'x' }).expect(409);
    expect(second.body.message).toBe('no reasonable-grounds decision now: reasonable grounds were decided negative, which closed the referral');
    const afterNegative = await decide(referralId, 'conclusive-grounds', { decision: 'positive', reasons: 'x', requestedByPerson: false }).expect(409);
    expect(afterNegative.body.message).toMatch(/^no conclusive-grounds decision now: reasonable grounds were decided negative/);
  });

  it('lets only one of two decisions taken at the same time through', async () => {
    const { referralId } = await adultReferral();

    const answers = await Promise.all([
      decide(referralId, 'reasonable-grounds', { decision: 'positive', reasons: 'a' }),
      decide(referralId, 'reasonable-grounds', { decision: 'negative', reasons: 'b' }),
    ]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });

  it('extends the recovery period while the conclusive-grounds decision is awaited', async () => {
    const { journeyId, referralId } = await adultReferral();
    const extend = (extendedUntil: string) =>
      http(app).post(`/nrm-referrals/${referralId}/recovery-period-extensions`).auth(decisionMaker, { type: 'bearer' }).send({ extendedUntil });
    const until = new Date(Date.now() + 60 * 86_400_000).toISOString();

    expect((await extend(until).expect(409)).body.message).toBe('no extension of the recovery period now: the referral awaits its reasonable-grounds decision first');
    await decide(referralId, 'reasonable-grounds', { decision: 'positive', reasons: 'a' }).expect(200);
    expect((await extend(until).expect(200)).body.recoveryPeriodExtendedUntil).toBe(until);
    expect((await extend('2020-01-01T00:00:00.000Z').expect(400)).body.message).toBe(`extendedUntil must be later than ${until}`);

    const facts = await journeyFacts(journeyId, [RecoveryPeriodExtendedEvent.type]);
    expect(facts.find((fact) => fact.type === RecoveryPeriodExtendedEvent.type)?.data).toEqual({ nrmReferralId: referralId, extendedAt: expect.any(String), extendedUntil: until });
  });

  it('records a removal while the person is protected from one, never one to come, and not once the referral is decided', async () => {
    const { journeyId, referralId } = await adultReferral();
    const remove = (removedAt: string) => http(app).post(`/nrm-referrals/${referralId}/removals`).auth(decisionMaker, { type: 'bearer' }).send({ removedAt });
    const removedAt = new Date(Date.now() - 3_600_000).toISOString();

    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await remove(future).expect(400)).body.message).toMatch(/^removedAt must not be later than now \(/);
    expect((await remove('yesterday').expect(400)).body.message).toEqual(expect.arrayContaining([expect.stringMatching(/removedAt must be a valid ISO 8601/)]));
    await remove(removedAt).expect(200);
    const facts = await journeyFacts(journeyId, [RemovalRecordedEvent.type]);
    expect(facts.find((fact) => fact.type === RemovalRecordedEvent.type)?.data).toEqual({ nrmReferralId: referralId, removedAt, recordedAt: expect.any(String) });

    await decide(referralId, 'reasonable-grounds', { decision: 'negative', reasons: 'a' }).expect(200);
    expect((await remove(removedAt).expect(409)).body.message).toMatch(/^no removal to record now: reasonable grounds were decided negative/);
  });

  it('answers an unknown referral with 404', async () => {
    const unknown = randomUUID();
    const response = await decide(unknown, 'reasonable-grounds', { decision: 'positive', reasons: 'a' }).expect(404);
    expect(response.body.message).toBe(`NRM referral ${unknown} not found`);
  });
});
