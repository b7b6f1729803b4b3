import { getModelToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ApplicationFailure } from '@temporalio/common';
import { Model } from 'mongoose';
import {
  ReferralOfferedEvent,
  ReferralWithdrawnEvent,
  SupportActivities,
} from '@harbour/contracts';
import { connectTemporalClient, runHarbourWorker } from '@harbour/temporal';
import { uniqueName } from '@harbour/testing';
import { joinJourney, TestOrganisations } from '@harbour/testing';
import { SupportActivityWorker } from '../src/activities/support-activity-worker';
import { Referral } from '../src/referrals/referral';
import { REFERRAL_MODEL } from '../src/referrals/referral.schema';
import { AnswerTask } from '../src/tasks/answer-task';
import type { offerThroughTemporal } from './support/offer-through-temporal.workflow';
import {
  bearer,
  http,
  journeyFacts,
  labourExploitationInBelgium,
  recordConsent,
  startSupportService,
  stopSupportService,
  supportActivities,
} from './support/support-testbed';

describe('support activities', () => {
  let app: NestExpressApplication;
  let support: SupportActivities;
  let referrals: Model<Referral>;
  const stored = (referralId: string) => referrals.findById(referralId).lean<Referral>();

  beforeAll(async () => {
    app = await startSupportService();
    support = supportActivities(app);
    referrals = app.get(getModelToken(REFERRAL_MODEL));
  });
  afterAll(() => stopSupportService(app));

  it("offers through Temporal on the service's own task queue, and publishes ReferralOffered for the journey", async () => {
    const supportQueue = app.get(SupportActivityWorker).taskQueue;
    expect(supportQueue).toBe(process.env.SUPPORT_TASK_QUEUE);
    const journeyQueue = uniqueName('support-test-journey');
    const journeyWorker = await runHarbourWorker({ taskQueue: journeyQueue, workflowsPath: require.resolve('./support/offer-through-temporal.workflow') });
    const client = await connectTemporalClient();
    const command = labourExploitationInBelgium();
    try {
      const offer = await client.workflow.execute<typeof offerThroughTemporal>('offerThroughTemporal', {
        taskQueue: journeyQueue,
        workflowId: uniqueName('support-test-offer'),
        args: [supportQueue, command],
      });

      expect(offer).toEqual({ referralId: expect.any(String), organisationId: 'be-harbourline-antwerp', helpline: false });
      const [offered] = await journeyFacts(command.journeyId, [ReferralOfferedEvent.type]);
      expect(offered).toMatchObject({
        type: ReferralOfferedEvent.type,
        subject: command.journeyId,
        data: { referralId: offer?.referralId, organisationId: 'be-harbourline-antwerp', specialism: 'labour-exploitation', attempt: 1, helpline: false, acceptBy: command.acceptBy },
      });
    } finally {
      await client.connection.close();
      await journeyWorker.shutdown();
    }
  });

  it('answers a retried offer with the referral its first run made', async () => {
    const command = labourExploitationInBelgium();

    const [first, racing] = await Promise.all([support.offerReferral(command), support.offerReferral(command)]);
    const retried = await support.offerReferral({ ...command });

    expect(racing).toEqual(first);
    expect(retried).toEqual(first);
    expect(await referrals.countDocuments({ offerKey: command.offerKey })).toBe(1);
  });

  it('goes on to the next organisation not yet asked, the 116 006 helpline last, then to nobody', async () => {
    const journey = labourExploitationInBelgium();
    const asked: string[] = [];
    const offers = [];
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const offer = await support.offerReferral({ ...journey, offerKey: `${journey.offerKey}#${attempt}`, attempt, excludeOrganisationIds: [...asked] });
      offers.push(offer);
      if (offer) asked.push(offer.organisationId);
    }

    expect(offers.map((offer) => offer && { organisationId: offer.organisationId, helpline: offer.helpline })).toEqual([
      { organisationId: 'be-harbourline-antwerp', helpline: false },
      { organisationId: 'be-lighthouse-brussels', helpline: false },
      { organisationId: 'be-116006-helpline', helpline: true },
      null,
    ]);
    expect((await stored(offers[2]?.referralId ?? ''))?.attempt).toBe(3);
  });

  it('offers on the consent recorded for the journey, and only pseudonymously under VRD Art 8(2) when none was recorded', async () => {
    const consented = labourExploitationInBelgium();
    await recordConsent(app, consented.journeyId);
    const unrecorded = labourExploitationInBelgium();

    const withConsent = await support.offerReferral(consented);
    const withoutRecord = await support.offerReferral(unrecorded);

    expect((await stored(withConsent?.referralId ?? ''))?.basis).toBe('consent');
    expect((await stored(withoutRecord?.referralId ?? ''))?.basis).toBe('vrd-8-2-pseudonymous-offer');
  });

  it('asks no organisation once the victim objected to being referred', async () => {
    const command = labourExploitationInBelgium();
    await joinJourney(app, command.journeyId, TestOrganisations['first-responder'] as string, 'reported');
    await http(app).put(`/journeys/${command.journeyId}/referral-basis`).auth(bearer(['first-responder']), { type: 'bearer' }).send({ basis: 'objected' }).expect(200);

    expect(await support.offerReferral(command)).toBeNull();
    expect(await referrals.countDocuments({ journeyId: command.journeyId })).toBe(0);
    const unknown = await http(app).put(`/journeys/${command.journeyId}/referral-basis`).auth(bearer(['first-responder']), { type: 'bearer' }).send({ basis: 'maybe' }).expect(400);
    expect(unknown.body.message).toEqual([expect.stringMatching(/^basis must be one of the following values: consent, child-best-interests, vital-interests, national-law, objected/)]);
  });

  it('withdraws an open offer once, however often the journey retries', async () => {
    const command = labourExploitationInBelgium();
    const offer = await support.offerReferral(command);
    const referralId = offer?.referralId ?? '';

    await support.withdrawReferral({ referralId, reason: 'not-accepted-in-time' });
    await support.withdrawReferral({ referralId, reason: 'not-accepted-in-time' });

    const referral = await stored(referralId);
    expect(referral).toMatchObject({ status: 'withdrawn', withdrawalReason: 'not-accepted-in-time' });
    expect(referral?.history.map((entry) => [entry.action, entry.actor])).toEqual([
      ['offer', 'journey'],
      ['withdraw', 'journey'],
    ]);
    const facts = await journeyFacts(command.journeyId, [ReferralWithdrawnEvent.type]);
    expect(facts.filter((fact) => fact.type === ReferralWithdrawnEvent.type)).toHaveLength(1);
  });

  it('leaves a referral accepted meanwhile accepted, and a declined one declined', async () => {
    const accepted = await support.offerReferral(labourExploitationInBelgium());
    const declined = await support.offerReferral(labourExploitationInBelgium());
    const answer = app.get(AnswerTask);
    const organisationId = 'be-harbourline-antwerp';
    await answer.execute({ organisationId, referralId: accepted?.referralId ?? '', actor: 'test-case-worker', step: { action: 'accept' } });
    await answer.execute({ organisationId, referralId: declined?.referralId ?? '', actor: 'test-case-worker', step: { action: 'decline', reason: 'no-capacity' } });

    await support.withdrawReferral({ referralId: accepted?.referralId ?? '', reason: 'not-accepted-in-time' });
    await support.withdrawReferral({ referralId: declined?.referralId ?? '', reason: 'declined' });

    expect((await stored(accepted?.referralId ?? ''))?.status).toBe('accepted');
    expect(await stored(declined?.referralId ?? '')).toMatchObject({ status: 'declined', declineReason: 'no-capacity' });
  });

  it('fails for good on a malformed command or an unknown referral, which no retry can mend', async () => {
    const malformed = support.offerReferral(labourExploitationInBelgium({ journeyId: 'maria-popescu', specialism: 'gardening' as never }));
    await expect(malformed).rejects.toBeInstanceOf(ApplicationFailure);
    await expect(malformed).rejects.toMatchObject({ nonRetryable: true, message: expect.stringMatching(/journeyId must be a UUID.*specialism must be one of/) });

    const unknown = support.withdrawReferral({ referralId: '3f1e7c4a-9b2d-4e8f-a6c1-0d5b7e9f2a43', reason: 'declined' });
    await expect(unknown).rejects.toMatchObject({ nonRetryable: true, message: 'referral 3f1e7c4a-9b2d-4e8f-a6c1-0d5b7e9f2a43 not found' });
  });
});
