import { NestExpressApplication } from '@nestjs/platform-express';
import {
  ConclusiveGroundsDecidedEvent,
  fromKafkaRecord,
  GuardianAppointedEvent,
  JourneysMergedEvent,
  NrmReferralSubmittedEvent,
  PossibleDuplicateFoundEvent,
  ReasonableGroundsDecidedEvent,
  ScreeningCompletedEvent,
  validateEvent,
} from '@harbour/contracts';
import { database, decisionMaker, firstResponder, http, identificationRecords, journeyOfTheCase, startIdentificationService, stopIdentificationService } from './support/identification-testbed';

/** A name nobody has, planted in every field that takes words, then looked for everywhere it must not be. */
const CANARY = 'Zenobia Canarywright';
const TRACES = [/zenobia/i, /canarywright/i];

describe('privacy by construction', () => {
  let app: NestExpressApplication;
  const post = (path: string, token: string, body: object = {}) => http(app).post(path).auth(token, { type: 'bearer' }).send(body);

  beforeAll(async () => {
    app = await startIdentificationService();
  });
  afterAll(() => stopIdentificationService(app));

  it('keeps a name given in every flow out of the published facts and out of every stored document in clear', async () => {
    const journeyId = await journeyOfTheCase(app);
    const earlierJourneyId = await journeyOfTheCase(app);
    await post(`/journeys/${earlierJourneyId}/identity-records`, firstResponder, { fullName: CANARY, dateOfBirth: '1999-12-31' }).expect(201);

    await post('/screenings', firstResponder, { journeyId, indicatorIds: ['debt-bondage'], observations: `${CANARY} says she owes 4000 EUR.` }).expect(201);
    await post(`/journeys/${journeyId}/identity-records`, firstResponder, { fullName: CANARY.toUpperCase(), dateOfBirth: '31.12.1999', nationality: 'MD' }).expect(201);
    const referral = await post('/nrm-referrals', firstResponder, { journeyId, ageGroup: 'child', consent: 'not-required-child' }).expect(201);
    const referralPath = `/nrm-referrals/${referral.body.nrmReferralId}`;
    await post(`${referralPath}/reasonable-grounds`, decisionMaker, { decision: 'positive', reasons: `${CANARY} gave a consistent account.` }).expect(200);
    await post(`${referralPath}/conclusive-grounds`, decisionMaker, { decision: 'positive', reasons: `${CANARY} is a victim.`, requestedByPerson: false }).expect(200);
    await post(`/journeys/${journeyId}/age-uncertain`, firstResponder, { assessmentReason: 'self-declared-minor' }).expect(201);
    const request = await post(`/journeys/${journeyId}/guardian-requests`, firstResponder).expect(201);
    await post(`/guardian-requests/${request.body.guardianRequestId}/appointment`, decisionMaker, { guardianName: `Guardian of ${CANARY}`, guardianContact: 'zenobia.guardian@example.org' }).expect(200);
    await post(`/journeys/${journeyId}/non-punishment-flags`, firstResponder, { offenceCategory: 'immigration' }).expect(201);
    const { body: items } = await http(app).get('/possible-duplicates').auth(decisionMaker, { type: 'bearer' }).expect(200);
    expect(JSON.stringify(items)).not.toMatch(TRACES[1]);
    await post(`/possible-duplicates/${items[0].matchId}/merge`, decisionMaker, { survivingJourneyId: earlierJourneyId }).expect(200);

    const records = await identificationRecords({
      [journeyId]: [
        ScreeningCompletedEvent.type,
        PossibleDuplicateFoundEvent.type,
        NrmReferralSubmittedEvent.type,
        ReasonableGroundsDecidedEvent.type,
        ConclusiveGroundsDecidedEvent.type,
        GuardianAppointedEvent.type,
        JourneysMergedEvent.type,
      ],
    });
    expect(records.length).toBeGreaterThanOrEqual(10);
    for (const record of records) {
      expect(validateEvent(fromKafkaRecord(record))).toMatchObject({ ok: true });
      for (const trace of TRACES) expect(JSON.stringify(record)).not.toMatch(trace);
    }

    const db = database(app).db!;
    const collections = await db.listCollections().toArray();
    expect(collections.map((collection) => collection.name)).toEqual(expect.arrayContaining(['screenings', 'nrm_referrals', 'guardian_requests', 'identity_records']));
    for (const { name } of collections) {
      for (const document of await db.collection(name).find({}).toArray()) {
        for (const trace of TRACES) expect(`${name}: ${JSON.stringify(document)}`).not.toMatch(trace);
      }
    }

    // The words are still there for those who may read them, decrypted on request.
    const read = await http(app).get(referralPath).auth(decisionMaker, { type: 'bearer' }).expect(200);
    expect(read.body.conclusiveGrounds.reasons).toBe(`${CANARY} is a victim.`);
  });
});
