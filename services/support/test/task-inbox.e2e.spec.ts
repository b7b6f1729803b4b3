import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  ReferralAccepted,
  ReferralAcceptedEvent,
  ReferralDeclinedEvent,
  ReferralOfferedEvent,
  SupportActivities,
} from '@harbour/contracts';
import { bearer, http, journeyFacts, labourExploitationInBelgium, startSupportService, stopSupportService, supportActivities } from './support/support-testbed';

const ANTWERP = 'be-harbourline-antwerp';
const BRUSSELS = 'be-lighthouse-brussels';
const TASK_FIELDS = ['acceptBy', 'attempt', 'country', 'journeyId', 'language', 'offeredAt', 'referralId', 'specialism', 'status'];

describe('task inbox of a support organisation', () => {
  let app: NestExpressApplication;
  let support: SupportActivities;
  const antwerp = bearer(['support-case-worker'], ANTWERP);
  const brussels = bearer(['support-case-worker'], BRUSSELS);

  /** A new journey's first offer, which the demo directory gives to Harbourline Antwerp. */
  const offerToAntwerp = async () => {
    const command = labourExploitationInBelgium();
    const offer = await support.offerReferral(command);
    if (offer?.organisationId !== ANTWERP) throw new Error(`expected an offer to ${ANTWERP}, got ${JSON.stringify(offer)}`);
    return { ...command, referralId: offer.referralId };
  };
  const tasksOf = (organisationId: string, token: string, query = '') =>
    http(app).get(`/organisations/${organisationId}/tasks${query}`).auth(token, { type: 'bearer' });
  const answer = (organisationId: string, referralId: string, action: 'accept' | 'decline', token: string, body?: object) =>
    http(app).post(`/organisations/${organisationId}/tasks/${referralId}/${action}`).auth(token, { type: 'bearer' }).send(body);

  beforeAll(async () => {
    app = await startSupportService();
    support = supportActivities(app);
  });
  afterAll(() => stopSupportService(app));

  it('lists the offered tasks with only what the organisation needs, page by page', async () => {
    const first = await offerToAntwerp();
    const second = await offerToAntwerp();

    const { body } = await tasksOf(ANTWERP, antwerp, '?status=offered&pageSize=100').expect(200);
    const task = body.items.find((item: { referralId: string }) => item.referralId === first.referralId);
    expect(Object.keys(task).sort()).toEqual(TASK_FIELDS);
    expect(task).toEqual({
      referralId: first.referralId,
      journeyId: first.journeyId,
      specialism: 'labour-exploitation',
      attempt: 1,
      status: 'offered',
      country: 'BE',
      language: 'ro',
      offeredAt: expect.any(String),
      acceptBy: first.acceptBy,
    });
    expect(body.items.map((item: { referralId: string }) => item.referralId)).toContain(second.referralId);

    const pageTwo = await tasksOf(ANTWERP, antwerp, '?status=offered&page=2&pageSize=1').expect(200);
    expect(pageTwo.body).toMatchObject({ page: 2, pageSize: 1, total: body.total });
    expect(pageTwo.body.items).toEqual([body.items[1]]);
    await tasksOf(ANTWERP, antwerp, '?status=lost&pageSize=500').expect(400);
  });

  it('filters the tasks offered since a time, and refuses a time that is not one', async () => {
    const before = await offerToAntwerp();
    const since = new Date().toISOString();
    const after = await offerToAntwerp();

    const { body } = await tasksOf(ANTWERP, antwerp, `?since=${encodeURIComponent(since)}&pageSize=100`).expect(200);

    const listed = body.items.map((item: { referralId: string }) => item.referralId);
    expect(listed).toContain(after.referralId);
    expect(listed).not.toContain(before.referralId);
    const wrong = await tasksOf(ANTWERP, antwerp, '?since=yesterday').expect(400);
    expect(wrong.body.message).toEqual(['since must be an ISO 8601 date-time such as "2026-03-02T09:00:00Z"']);
  });

  it('accepting a task publishes ReferralAccepted, keyed by the journey, with nothing personal', async () => {
    const task = await offerToAntwerp();

    const accepted = await answer(ANTWERP, task.referralId, 'accept', antwerp).expect(200);

    expect(accepted.body).toMatchObject({ referralId: task.referralId, status: 'accepted' });
    const facts = await journeyFacts(task.journeyId, [ReferralOfferedEvent.type, ReferralAcceptedEvent.type]);
    expect(facts.map((fact) => fact.type)).toEqual([ReferralOfferedEvent.type, ReferralAcceptedEvent.type]);
    const fact = facts[1];
    expect(fact).toMatchObject({ specversion: '1.0', source: '/harbour/support', subject: task.journeyId, dataschema: ReferralAcceptedEvent.dataschema });
    // Validation refuses unknown fields, so these are all the fact says.
    expect(fact.data).toEqual({ referralId: task.referralId, organisationId: ANTWERP, acceptedAt: expect.any(String) });
    expect(Date.parse((fact.data as ReferralAccepted).acceptedAt)).toBeGreaterThan(0);
  });

  it('declining needs a reason from the closed list, and publishes ReferralDeclined with it', async () => {
    const task = await offerToAntwerp();

    const missing = await answer(ANTWERP, task.referralId, 'decline', antwerp, {}).expect(400);
    expect(missing.body.message).toEqual([expect.stringMatching(/^reason must be one of the following values: no-capacity, /)]);
    const freeText = await answer(ANTWERP, task.referralId, 'decline', antwerp, { reason: 'no-capacity', note: 'she lives nearby' }).expect(400);
    expect(freeText.body.message).toEqual(['property note should not exist']);

    const declined = await answer(ANTWERP, task.referralId, 'decline', antwerp, { reason: 'no-capacity' }).expect(200);
    expect(declined.body).toMatchObject({ referralId: task.referralId, status: 'declined' });
    // Declined, the offer is gone from the organisation's inbox, whatever it asks for.
    for (const query of ['?pageSize=100', '?status=declined&pageSize=100']) {
      const { body } = await tasksOf(ANTWERP, antwerp, query).expect(200);
      expect(body.items.map((item: { referralId: string }) => item.referralId)).not.toContain(task.referralId);
    }

    const facts = await journeyFacts(task.journeyId, [ReferralDeclinedEvent.type]);
    expect(facts.find((fact) => fact.type === ReferralDeclinedEvent.type)?.data).toEqual({
      referralId: task.referralId,
      organisationId: ANTWERP,
      reason: 'no-capacity',
      declinedAt: expect.any(String),
    });
  });

  it('refuses to accept a referral the journey already withdrew, saying why', async () => {
    const task = await offerToAntwerp();
    await support.withdrawReferral({ referralId: task.referralId, reason: 'not-accepted-in-time' });

    const late = await answer(ANTWERP, task.referralId, 'accept', antwerp).expect(409);

    expect(late.body.message).toBe('a referral that is withdrawn cannot be accepted');
  });

  it('lets only one of two answers given at the same time through', async () => {
    const task = await offerToAntwerp();

    const answers = await Promise.all([
      answer(ANTWERP, task.referralId, 'accept', antwerp),
      answer(ANTWERP, task.referralId, 'decline', antwerp, { reason: 'no-capacity' }),
    ]);

    expect(answers.map((response) => response.status).sort()).toEqual([200, 409]);
    const { body } = await tasksOf(ANTWERP, antwerp, '?pageSize=100').expect(200);
    const winner = answers.find((response) => response.status === 200)?.body.status;
    // A declined referral leaves the organisation's inbox; an accepted one stays in it.
    expect(body.items.find((item: { referralId: string }) => item.referralId === task.referralId)?.status).toBe(winner === 'declined' ? undefined : winner);
  });

  it("never shows or lets an organisation answer another organisation's tasks", async () => {
    const task = await offerToAntwerp();

    for (const response of [
      await tasksOf(ANTWERP, brussels),
      await answer(ANTWERP, task.referralId, 'accept', brussels),
      await answer(ANTWERP, task.referralId, 'decline', brussels, { reason: 'other' }),
    ]) {
      expect(response.status).toBe(403);
      expect(response.body.message).toBe('this resource belongs to another organisation');
    }
    // Under its own path, a foreign referral answers exactly like one that does not exist.
    const unknownId = randomUUID();
    const foreign = await answer(BRUSSELS, task.referralId, 'accept', brussels).expect(404);
    const missing = await answer(BRUSSELS, unknownId, 'accept', brussels).expect(404);
    expect(foreign.body).toEqual({ ...missing.body, message: missing.body.message.replace(unknownId, task.referralId) });
    const own = await tasksOf(BRUSSELS, brussels, '?pageSize=100').expect(200);
    expect(own.body.items.map((item: { referralId: string }) => item.referralId)).not.toContain(task.referralId);

    const { body } = await tasksOf(ANTWERP, antwerp, '?status=offered&pageSize=100').expect(200);
    expect(body.items.map((item: { referralId: string }) => item.referralId)).toContain(task.referralId);
  });

  it('needs a token, and the support case worker role', async () => {
    await http(app).get(`/organisations/${ANTWERP}/tasks`).expect(401);
    await tasksOf(ANTWERP, bearer(['operations-analyst'])).expect(403);
    await answer(ANTWERP, randomUUID(), 'accept', bearer(['service'])).expect(403);
  });
});
