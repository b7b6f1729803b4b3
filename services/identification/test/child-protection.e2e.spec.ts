import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AgeUncertainRecordedEvent, GuardianAppointedEvent, GuardianRequestedEvent, NonPunishmentFlaggedEvent } from '@harbour/contracts';
import { bearer, decisionMaker, firstResponder, http, journeyFacts, journeyOfTheCase, startIdentificationService, stopIdentificationService } from './support/identification-testbed';

describe('child presumption, guardians and the non-punishment flag', () => {
  let app: NestExpressApplication;
  const post = (path: string, token: string, body: object = {}) => http(app).post(path).auth(token, { type: 'bearer' }).send(body);
  const flags = (journeyId: string) => http(app).get(`/journeys/${journeyId}/flags`).auth(bearer('prosecutor-liaison'), { type: 'bearer' });

  beforeAll(async () => {
    app = await startIdentificationService();
  });
  afterAll(() => stopIdentificationService(app));

  it('presumes a child when the age is uncertain, requests and appoints a guardian, and tells the journey each step', async () => {
    const journeyId = await journeyOfTheCase(app);

    const presumed = await post(`/journeys/${journeyId}/age-uncertain`, firstResponder, { assessmentReason: 'no-documents' }).expect(201);
    expect(presumed.body).toEqual({ journeyId, childPresumed: true, assessmentReason: 'no-documents', recordedAt: expect.any(String) });
    const again = await post(`/journeys/${journeyId}/age-uncertain`, firstResponder, { assessmentReason: 'appearance' }).expect(409);
    expect(again.body.message).toBe(`the person is already presumed a child on this journey, since ${presumed.body.recordedAt}`);

    const requested = await post(`/journeys/${journeyId}/guardian-requests`, firstResponder).expect(201);
    expect(requested.body).toEqual({ guardianRequestId: expect.any(String), journeyId, status: 'requested', requestedAt: expect.any(String) });
    expect((await flags(journeyId).expect(200)).body).toMatchObject({ childPresumed: true, childPresumedSince: presumed.body.recordedAt, guardian: 'requested' });

    const appointed = await post(`/guardian-requests/${requested.body.guardianRequestId}/appointment`, bearer('protection-officer'), {
      guardianName: 'Anna De Smet',
      guardianOrganisation: 'Dienst Voogdij',
    }).expect(200);
    expect(appointed.body).toMatchObject({ status: 'appointed', guardianAppointmentId: expect.any(String), appointedAt: expect.any(String) });
    const twice = await post(`/guardian-requests/${requested.body.guardianRequestId}/appointment`, decisionMaker, { guardianName: 'Someone Else' }).expect(409);
    expect(twice.body.message).toBe('a guardian was already appointed on this request');
    expect((await flags(journeyId).expect(200)).body.guardian).toBe('appointed');

    const facts = await journeyFacts(journeyId, [AgeUncertainRecordedEvent.type, GuardianRequestedEvent.type, GuardianAppointedEvent.type]);
    expect(facts.map((fact) => [fact.type, fact.data])).toEqual([
      [AgeUncertainRecordedEvent.type, { assessmentReason: 'no-documents', recordedAt: presumed.body.recordedAt }],
      [GuardianRequestedEvent.type, { guardianRequestId: requested.body.guardianRequestId, requestedAt: requested.body.requestedAt }],
      [GuardianAppointedEvent.type, { guardianAppointmentId: appointed.body.guardianAppointmentId, appointedAt: appointed.body.appointedAt }],
    ]);
  });

  it('refuses an age given where only a reason belongs, and an unknown guardian request', async () => {
    const journeyId = await journeyOfTheCase(app);
    const withAge = await post(`/journeys/${journeyId}/age-uncertain`, firstResponder, { assessmentReason: 'appearance', estimatedAge: 15 }).expect(400);
    expect(withAge.body.message).toEqual(['property estimatedAge should not exist']);
    await post(`/journeys/not-a-journey/guardian-requests`, firstResponder).expect(400);
    const unknown = randomUUID();
    const missing = await post(`/guardian-requests/${unknown}/appointment`, decisionMaker, { guardianName: 'A B' }).expect(404);
    expect(missing.body.message).toBe(`guardian request ${unknown} not found`);
  });

  it('raises the non-punishment flag with exactly the fields the journey expects', async () => {
    const journeyId = await journeyOfTheCase(app);

    const withCategory = await post(`/journeys/${journeyId}/non-punishment-flags`, bearer('prosecutor-liaison'), { offenceCategory: 'drug-production' }).expect(201);
    const without = await post(`/journeys/${journeyId}/non-punishment-flags`, firstResponder).expect(201);
    await post(`/journeys/${journeyId}/non-punishment-flags`, firstResponder, { offenceCategory: 'shoplifting' }).expect(400);

    const { body } = await flags(journeyId).expect(200);
    expect(body).toEqual({
      journeyId,
      doNotRemove: false,
      doNotRemoveReferralIds: [],
      childPresumed: false,
      guardian: 'not-requested',
      nonPunishment: true,
      nonPunishmentFlags: [
        { flagId: withCategory.body.flagId, flaggedAt: withCategory.body.flaggedAt, offenceCategory: 'drug-production' },
        { flagId: without.body.flagId, flaggedAt: without.body.flaggedAt },
      ],
    });
    const facts = await journeyFacts(journeyId, [NonPunishmentFlaggedEvent.type, NonPunishmentFlaggedEvent.type]);
    // Two records of their own: their order on the topic is not promised.
    expect(facts.map((fact) => fact.data)).toHaveLength(2);
    expect(facts.map((fact) => fact.data)).toEqual(
      expect.arrayContaining([
        { flagId: withCategory.body.flagId, flaggedAt: withCategory.body.flaggedAt, offenceCategory: 'drug-production' },
        { flagId: without.body.flagId, flaggedAt: without.body.flaggedAt },
      ]),
    );
  });
});
