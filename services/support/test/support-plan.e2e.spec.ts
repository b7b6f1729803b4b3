import { getModelToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Model } from 'mongoose';
import { SupportActivities, SupportPlanAgreedEvent } from '@harbour/contracts';
import { Referral } from '../src/referrals/referral';
import { REFERRAL_MODEL } from '../src/referrals/referral.schema';
import { bearer, http, journeyFacts, labourExploitationInBelgium, startSupportService, stopSupportService, supportActivities } from './support/support-testbed';

const ANTWERP = 'be-harbourline-antwerp';
const GOAL = 'Find a flat near her sister in Ghent and start Dutch lessons';
const NOTES = 'Afraid of the recruiter who still has her passport';

describe('needs assessment and support plan of an accepted referral', () => {
  let app: NestExpressApplication;
  let support: SupportActivities;
  const antwerp = bearer(['support-case-worker'], ANTWERP);
  const brussels = bearer(['support-case-worker'], 'be-lighthouse-brussels');
  const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString();
  const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
  const post = (referralId: string, what: 'needs-assessment' | 'support-plan', body: object, token = antwerp) =>
    http(app).post(`/referrals/${referralId}/${what}`).auth(token, { type: 'bearer' }).send(body);
  const plan = () => ({ items: [{ need: 'safe-accommodation', goal: GOAL, reviewBy: inAMonth() }, { need: 'legal-advice', goal: 'Apply for a residence permit', reviewBy: inAWeek() }], longTermSupport: true });

  /** A referral offered to Antwerp, which Antwerp accepted. */
  const accepted = async () => {
    const command = labourExploitationInBelgium();
    const referralId = (await support.offerReferral(command))?.referralId ?? '';
    await http(app).post(`/organisations/${ANTWERP}/tasks/${referralId}/accept`).auth(antwerp, { type: 'bearer' }).expect(200);
    return { journeyId: command.journeyId, referralId };
  };
  const stored = (referralId: string) => app.get<Model<Referral>>(getModelToken(REFERRAL_MODEL)).findById(referralId).lean<Referral>();

  beforeAll(async () => {
    app = await startSupportService();
    support = supportActivities(app);
  });
  afterAll(() => stopSupportService(app));

  it('records the assessed needs from the vocabulary, with the notes encrypted', async () => {
    const { referralId } = await accepted();

    const { body } = await post(referralId, 'needs-assessment', { needs: ['safe-accommodation', 'legal-advice'], notes: NOTES }).expect(201);

    expect(body).toEqual({ referralId, needs: ['safe-accommodation', 'legal-advice'], assessedAt: expect.any(String) });
    const record = await stored(referralId);
    expect(record?.needsAssessment?.encryptedNotes).toMatch(/^hk1:/);
    expect(JSON.stringify(record)).not.toContain('recruiter');
    const unknown = await post(referralId, 'needs-assessment', { needs: ['gardening'] }).expect(400);
    expect(unknown.body.message).toEqual([expect.stringMatching(/^each value in needs must be one of the following values: safe-accommodation/)]);
  });

  it('agrees a plan with goals and review dates, encrypts the goals and publishes SupportPlanAgreed with the next review', async () => {
    const { journeyId, referralId } = await accepted();
    const request = plan();

    const { body } = await post(referralId, 'support-plan', request).expect(201);

    expect(body).toEqual({ referralId, planId: expect.any(String), items: request.items, longTermSupport: true, reviewBy: request.items[1].reviewBy, agreedAt: expect.any(String) });
    expect(JSON.stringify(await stored(referralId))).not.toContain('Ghent');
    const read = await http(app).get(`/referrals/${referralId}/support-plan`).auth(antwerp, { type: 'bearer' }).expect(200);
    expect(read.body).toEqual(body);
    const facts = await journeyFacts(journeyId, [SupportPlanAgreedEvent.type]);
    expect(facts.find((fact) => fact.type === SupportPlanAgreedEvent.type)?.data).toEqual({ referralId, planId: body.planId, agreedAt: body.agreedAt, reviewBy: request.items[1].reviewBy });
  });

  it('is only for the organisation that accepted, and only while it supports the victim', async () => {
    const { referralId } = await accepted();
    await post(referralId, 'support-plan', plan(), brussels).expect(404);
    await http(app).get(`/referrals/${referralId}/support-plan`).auth(brussels, { type: 'bearer' }).expect(404);

    const offered = (await support.offerReferral(labourExploitationInBelgium()))?.referralId ?? '';
    // An organisation only offered the referral takes no part in the journey yet: the referral is not there for it.
    const early = await post(offered, 'support-plan', plan()).expect(404);
    expect(early.body.message).toBe(`referral ${offered} not found`);
  });

  it('refuses a review date in the past and a plan without items', async () => {
    const { referralId } = await accepted();
    const past = await post(referralId, 'support-plan', { items: [{ need: 'medical-care', goal: 'See a doctor', reviewBy: '2020-01-01T00:00:00.000Z' }], longTermSupport: false }).expect(400);
    expect(past.body.message).toBe('reviewBy 2020-01-01T00:00:00.000Z is not in the future');
    const empty = await post(referralId, 'support-plan', { items: [], longTermSupport: false }).expect(400);
    expect(empty.body.message).toEqual(['items must contain at least 1 elements']);
  });
});
