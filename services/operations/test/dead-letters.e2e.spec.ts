import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { ObligationMissedEvent, Topics } from '@harbour/contracts';
import { waitFor } from '@harbour/testing';
import { analyst, deadLetterOnceKept, http, journeyOnceRead, JourneyFacts, parkRecord, startOperationsService, stopOperationsService } from './support/operations-testbed';

describe('operations: dead letters, listed per topic with their reason, replayed or discarded by an analyst', () => {
  let app: NestExpressApplication;
  const be = analyst('BE');
  const nl = analyst('NL');
  let journey: JourneyFacts;

  const deadLetters = (token: string, query = '') => http(app).get(`/operations/dead-letters${query}`).auth(token, { type: 'bearer' });
  const act = (token: string, deadLetterId: string, action: 'replay' | 'discard', body: object) =>
    http(app).post(`/operations/dead-letters/${deadLetterId}/${action}`).auth(token, { type: 'bearer' }).send(body);
  const parked = (deadLetterId: string) => deadLetterOnceKept(app, be, deadLetterId);

  beforeAll(async () => {
    app = await startOperationsService();
    journey = new JourneyFacts(app);
    await journey.publish([journey.reportReceived('BE')]);
    await journeyOnceRead(app, be, journey.journeyId, 1);
  });
  afterAll(() => stopOperationsService(app));

  it('keeps a record its own consumer refused, with the reason and the ids that name it, never its content', async () => {
    const malformed = journey.fact(ObligationMissedEvent, { ...ObligationMissedEvent.example, ruleId: 'Not A Rule' });
    await journey.publish([malformed]);
    const listed = await waitFor(
      async () => (await deadLetters(be, `?topic=${Topics.journey}&limit=200`).expect(200)).body.deadLetters.find((entry: { eventId?: string }) => entry.eventId === malformed.id),
      { timeoutMs: 60_000, description: 'the malformed fact in the list of parked records' },
    );
    expect(listed).toMatchObject({
      originTopic: Topics.journey,
      eventType: ObligationMissedEvent.type,
      journeyId: journey.journeyId,
      state: 'parked',
      actions: [],
      reason: expect.stringMatching(/ruleId must match/),
    });
    expect(listed.record).toBeUndefined();
    // The journey is Belgian: a Dutch analyst neither lists nor reads it.
    const dutchList = (await deadLetters(nl, `?topic=${Topics.journey}&limit=200`).expect(200)).body.deadLetters;
    expect(dutchList.map((entry: { deadLetterId: string }) => entry.deadLetterId)).not.toContain(listed.deadLetterId);
    await http(app).get(`/operations/dead-letters/${listed.deadLetterId}`).auth(nl, { type: 'bearer' }).expect(404);
  });

  it('replays a record as it was to its own topic, where the read model now takes it; a second action is refused', async () => {
    const { event, deadLetterId } = await parkRecord(app, journey.journeyId, `no journey ${journey.journeyId} yet`);
    await parked(deadLetterId);
    await act(nl, deadLetterId, 'replay', { reason: 'journey-now-exists' }).expect(404);

    const replayed = await act(be, deadLetterId, 'replay', { reason: 'journey-now-exists' }).expect(200);
    expect(replayed.body).toMatchObject({ state: 'replayed', actions: [{ action: 'replayed', reason: 'journey-now-exists', by: 'test-analyst-BE' }] });
    const view = await journeyOnceRead(app, be, journey.journeyId, 2);
    expect(view.timeline.map((entry: { eventId: string }) => entry.eventId)).toContain(event.id);

    const again = await act(be, deadLetterId, 'discard', { reason: 'duplicate' }).expect(409);
    expect(again.body.message).toBe(`dead letter ${deadLetterId} is no longer parked (replayed)`);
    const audit = app.get<Connection>(getConnectionToken()).collection('audit_log');
    await expect(audit.find({ resource: `dead-letter/${deadLetterId}` }).toArray()).resolves.toEqual([
      expect.objectContaining({ actor: 'test-analyst-BE', action: 'dead-letter.replayed:journey-now-exists', journeyId: journey.journeyId }),
    ]);
  });

  it('discards a record for good: it leaves the parked list and is kept under its state; one of no known journey is seen by every analyst', async () => {
    const stranger = randomUUID();
    const { deadLetterId } = await parkRecord(app, stranger, `no journey ${stranger}`);
    await parked(deadLetterId);
    await http(app).get(`/operations/dead-letters/${deadLetterId}`).auth(nl, { type: 'bearer' }).expect(200);
    await act(nl, deadLetterId, 'discard', { reason: 'test-data' }).expect(200);
    const ids = async (query: string) => (await deadLetters(be, query).expect(200)).body.deadLetters.map((entry: { deadLetterId: string }) => entry.deadLetterId);
    expect(await ids('?limit=200')).not.toContain(deadLetterId);
    expect(await ids('?state=discarded&limit=200')).toContain(deadLetterId);
  });

  it('refuses other roles and wrong input with the reason, and loses nothing', async () => {
    await http(app).get('/operations/dead-letters').expect(401);
    await deadLetters(analyst('BE', 'first-responder')).expect(403);
    const wrong = await deadLetters(be, '?topic=harbour.nothing.v1&state=lost&limit=0').expect(400);
    expect(wrong.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^topic must be one of/), expect.stringMatching(/^state must be one of/), 'limit must not be less than 1']));
    await http(app).get('/operations/dead-letters/not-an-id').auth(be, { type: 'bearer' }).expect(400);
    const { deadLetterId } = await parkRecord(app, journey.journeyId, 'refused for a test');
    await parked(deadLetterId);
    const reasonless = await act(be, deadLetterId, 'replay', { reason: 'because I say so' }).expect(400);
    expect(reasonless.body.message).toEqual([expect.stringMatching(/^reason must be one of: consumer-fixed, /)]);
    await expect(parked(deadLetterId)).resolves.toMatchObject({ state: 'parked', actions: [] });
  });
});
