import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  HearingScheduledEvent,
  InterpretationBookedEvent,
  NonPunishmentNotifiedEvent,
  ProceedingMilestoneRecordedEvent,
  VictimInformationProvidedEvent,
} from '@harbour/contracts';
import { connectTemporalClient, runHarbourWorker } from '@harbour/temporal';
import { uniqueName } from '@harbour/testing';
import { createJusticeActivities } from '../src/activities/justice-activities';
import { JusticeActivityWorker } from '../src/activities/justice-activity-worker';
import { NotifyProsecution } from '../src/non-punishment/notify-prosecution';
import type { notifyThroughTemporal } from './support/notify-through-temporal.workflow';
import { bearer, http, journeyOfTheCase, justiceFacts, nationalMilestone, startJusticeService, stopJusticeService } from './support/justice-testbed';

describe('the victim in the proceedings', () => {
  let app: NestExpressApplication;
  const liaison = bearer('prosecutor-liaison');
  const police = bearer('first-responder');
  const caseWorker = bearer('support-case-worker');
  const post = (path: string, token: string, body: object = {}) => http(app).post(path).auth(token, { type: 'bearer' }).send(body);

  beforeAll(async () => {
    app = await startJusticeService();
  });
  afterAll(() => stopJusticeService(app));

  it('records the VRD Art 4 information given and publishes VictimInformationProvided', async () => {
    const journeyId = await journeyOfTheCase(app);

    const { body } = await post(`/journeys/${journeyId}/victim-information`, police, { language: 'ro', channel: 'in-person' }).expect(201);

    const [fact] = await justiceFacts(journeyId, [VictimInformationProvidedEvent.type]);
    expect(fact.data).toEqual({ informationId: body.informationId, language: 'ro', channel: 'in-person', providedAt: body.providedAt });
    const future = new Date(Date.now() + 3600_000).toISOString();
    const refused = await post(`/journeys/${journeyId}/victim-information`, caseWorker, { language: 'ro', channel: 'in-person', providedAt: future }).expect(400);
    expect(refused.body.message).toBe('providedAt may not be in the future');
  });

  it('takes a request to review a decision not to prosecute only when there is such a decision', async () => {
    const journeyId = await journeyOfTheCase(app);
    const charges = await post('/milestones', liaison, nationalMilestone(journeyId, { milestone: 'charges-brought' })).expect(201);
    const refused = await post(`/journeys/${journeyId}/review-requests`, caseWorker, { milestoneId: charges.body.milestoneId }).expect(409);
    expect(refused.body.message).toMatch(/no decision not to prosecute/);

    const decision = await post('/milestones', liaison, nationalMilestone(journeyId, { milestone: 'decision-not-to-prosecute' })).expect(201);
    const requested = await post(`/journeys/${journeyId}/review-requests`, caseWorker, { milestoneId: decision.body.milestoneId }).expect(201);
    const again = await post(`/journeys/${journeyId}/review-requests`, caseWorker, { milestoneId: decision.body.milestoneId }).expect(201);

    expect(requested.body).toEqual({ reviewRequestId: expect.any(String), milestoneId: decision.body.milestoneId, requestedAt: expect.any(String) });
    expect(again.body).toEqual(requested.body);
    // A decision on another journey is not this victim's to review.
    await post(`/journeys/${await journeyOfTheCase(app)}/review-requests`, caseWorker, { milestoneId: decision.body.milestoneId }).expect(409);
    await justiceFacts(journeyId, [ProceedingMilestoneRecordedEvent.type, ProceedingMilestoneRecordedEvent.type]);
  });

  it('schedules a hearing with an interpreter and arrangements, then books the interpreter once', async () => {
    const journeyId = await journeyOfTheCase(app);
    const scheduledFor = '2026-12-14T09:30:00.000Z';

    const hearing = await post(`/journeys/${journeyId}/hearings`, liaison, {
      kind: 'hearing',
      scheduledFor,
      interpreterLanguage: 'ro',
      arrangements: ['video-hearing', 'facility-dog'],
    }).expect(201);
    const { hearingId } = hearing.body;
    expect(hearing.body.arrangements).toEqual([
      { arrangement: 'video-hearing', dueBy: '2026-12-09T09:30:00.000Z', status: 'requested' },
      { arrangement: 'facility-dog', dueBy: '2026-12-09T09:30:00.000Z', status: 'requested' },
    ]);

    const booking = await post(`/hearings/${hearingId}/interpretation-booking`, liaison).expect(201);
    const again = await post(`/hearings/${hearingId}/interpretation-booking`, liaison).expect(201);
    expect(again.body).toEqual(booking.body);

    const facts = await justiceFacts(journeyId, [HearingScheduledEvent.type, InterpretationBookedEvent.type]);
    expect(facts.map((fact) => fact.data)).toEqual([
      { hearingId, scheduledFor, interpreterNeeded: true, recordedAt: hearing.body.recordedAt },
      { hearingId, bookingId: booking.body.bookingId, bookedAt: booking.body.bookedAt },
    ]);
  });

  it('refuses to book an interpreter for a hearing that needs none, or one that does not exist', async () => {
    const journeyId = await journeyOfTheCase(app);
    const hearing = await post(`/journeys/${journeyId}/hearings`, liaison, { kind: 'interview', scheduledFor: '2026-12-01T09:00:00.000Z' }).expect(201);
    await post(`/hearings/${hearing.body.hearingId}/interpretation-booking`, liaison).expect(409);
    await post(`/hearings/${randomUUID()}/interpretation-booking`, liaison).expect(404);
    const [fact] = await justiceFacts(journeyId, [HearingScheduledEvent.type]);
    expect(fact.data).toMatchObject({ interpreterNeeded: false });
  });

  it('answers each arrangement request once, a refusal with its reason code', async () => {
    const journeyId = await journeyOfTheCase(app);
    const { body } = await post(`/journeys/${journeyId}/hearings`, liaison, {
      kind: 'hearing',
      scheduledFor: '2026-12-14T09:30:00.000Z',
      arrangements: ['separate-waiting-room', 'facility-dog'],
    }).expect(201);
    const decide = (arrangement: string, decision: object) => post(`/hearings/${body.hearingId}/arrangements/${arrangement}/decision`, liaison, decision);

    await decide('facility-dog', { decision: 'refused' }).expect(400);
    const refused = await decide('facility-dog', { decision: 'refused', reasonCode: 'not-available-at-court' }).expect(200);
    await decide('separate-waiting-room', { decision: 'granted' }).expect(200);
    const twice = await decide('facility-dog', { decision: 'granted' }).expect(409);
    await decide('video-hearing', { decision: 'granted' }).expect(409);

    expect(refused.body.arrangements[1]).toMatchObject({ arrangement: 'facility-dog', status: 'refused', reasonCode: 'not-available-at-court' });
    expect(twice.body.message).toBe('the facility-dog request was already refused');
    const listed = await http(app).get(`/journeys/${journeyId}/hearings`).auth(caseWorker, { type: 'bearer' }).expect(200);
    expect(listed.body[0].arrangements.map((request: { status: string }) => request.status)).toEqual(['granted', 'refused']);
  });

  it('tells the prosecution of a non-punishment flag once, whether asked over HTTP or by the journey through Temporal', async () => {
    const journeyId = await journeyOfTheCase(app);
    const flagId = randomUUID();
    const byHand = await post(`/journeys/${journeyId}/non-punishment-notices`, liaison, { flagId }).expect(201);

    const journeyQueue = uniqueName('justice-test-journey');
    const journeyWorker = await runHarbourWorker({ taskQueue: journeyQueue, workflowsPath: require.resolve('./support/notify-through-temporal.workflow') });
    const client = await connectTemporalClient();
    try {
      const byJourney = await client.workflow.execute<typeof notifyThroughTemporal>('notifyThroughTemporal', {
        taskQueue: journeyQueue,
        workflowId: uniqueName('justice-test-notify'),
        args: [app.get(JusticeActivityWorker).taskQueue, { journeyId, flagId }],
      });
      expect(byJourney).toEqual(byHand.body);
    } finally {
      await client.connection.close();
      await journeyWorker.shutdown();
    }

    const facts = await justiceFacts(journeyId, [NonPunishmentNotifiedEvent.type]);
    expect(facts.map((fact) => fact.data)).toEqual([{ flagId, notifiedAt: byHand.body.notifiedAt }]);
  });

  it('fails the activity for good on a malformed command or a flag of another journey', async () => {
    const activities = createJusticeActivities({ notifyProsecution: app.get(NotifyProsecution) });
    const flagId = randomUUID();
    await activities.notifyProsecutionOfNonPunishment({ journeyId: randomUUID(), flagId });

    await expect(activities.notifyProsecutionOfNonPunishment({ journeyId: 'Maria', flagId })).rejects.toMatchObject({ nonRetryable: true, type: 'InvalidCommand' });
    await expect(activities.notifyProsecutionOfNonPunishment({ journeyId: randomUUID(), flagId })).rejects.toMatchObject({ nonRetryable: true, type: 'FlagOfAnotherJourney' });
  });
});
