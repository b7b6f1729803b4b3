import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { deadLetterTopic, ObligationMissedEvent, Topics } from '@harbour/contracts';
import { DeadLetterHeaders } from '@harbour/messaging';
import { readTopic, testServers, uniqueName } from '@harbour/testing';
import {
  analyst,
  http,
  journeyOnceRead,
  JourneyFacts,
  startAnotherOperationsService,
  startOperationsService,
  stopOperationsService,
} from './support/operations-testbed';

describe('operations: the journeys read model, fed by the facts over Kafka', () => {
  let app: NestExpressApplication;
  // Organisations no other run uses, so that the lists below hold this run's journeys alone.
  const antwerp = uniqueName('be-ops-antwerp');
  const amsterdam = uniqueName('nl-ops-amsterdam');
  let overdue: JourneyFacts;
  let dueSoon: JourneyFacts;
  let supported: JourneyFacts;
  let dutch: JourneyFacts;
  let stuck: JourneyFacts;
  const ghent = uniqueName('be-ops-ghent');
  const be = analyst('BE');
  const nl = analyst('NL');

  beforeAll(async () => {
    app = await startOperationsService();
    overdue = new JourneyFacts(app);
    const received = overdue.reportReceived('BE');
    const offered = overdue.referralOffered(antwerp, 30);
    const met = overdue.obligation('met', 'vrd-4-information', 'Directive 2012/29/EU Art 4');
    const missed = overdue.obligation('missed', 'vrd-5-complaint-acknowledgement', 'Directive 2012/29/EU Art 5(1)', 'be@2');
    // The missed outcome is delivered twice: the view counts it once.
    await overdue.publish([received, offered, met, missed, missed]);

    dueSoon = new JourneyFacts(app);
    await dueSoon.publish([dueSoon.reportReceived('BE'), dueSoon.referralOffered(antwerp, 3)]);

    supported = new JourneyFacts(app);
    const referralId = randomUUID();
    await supported.publish([supported.reportReceived('BE'), supported.referralOffered(antwerp, 10, referralId), supported.referralAccepted(antwerp, referralId)]);

    dutch = new JourneyFacts(app);
    await dutch.publish([dutch.reportReceived('NL'), dutch.referralOffered(amsterdam, 5), dutch.obligation('missed', 'vrd-4-information', 'Directive 2012/29/EU Art 4')]);

    // Offered ten hours ago, to be accepted within two more: past half its time, nobody has answered.
    stuck = new JourneyFacts(app);
    await stuck.publish([stuck.reportReceived('BE'), stuck.referralOffered(ghent, 2, randomUUID(), 10), stuck.referralOffered(ghent, 30, randomUUID(), 1)]);

    await Promise.all([
      journeyOnceRead(app, be, stuck.journeyId, 3),
      journeyOnceRead(app, be, overdue.journeyId, 4),
      journeyOnceRead(app, be, dueSoon.journeyId, 2),
      journeyOnceRead(app, be, supported.journeyId, 3),
      journeyOnceRead(app, nl, dutch.journeyId, 3),
    ]);
  });
  afterAll(() => stopOperationsService(app));

  it('keeps per journey its stage, country, rule packs, outcomes with legal basis, referrals, organisations and last activity', async () => {
    const view = await journeyOnceRead(app, be, overdue.journeyId, 4);
    const [received, offered, met, missed] = overdue.published;
    expect(view).toMatchObject({
      journeyId: overdue.journeyId,
      stage: 'referred',
      country: 'BE',
      child: false,
      rulePacks: ['be@2', 'eu-baseline@1'],
      organisationIds: [antwerp],
      missedRuleIds: ['vrd-5-complaint-acknowledgement'],
      nextDeadline: (offered.data as { acceptBy: string }).acceptBy,
      lastActivityAt: offered.time,
    });
    expect(view.obligations).toEqual([
      expect.objectContaining({ ruleId: 'vrd-4-information', status: 'met', legalBasis: 'Directive 2012/29/EU Art 4', rulePack: 'eu-baseline@1', eventId: met.id }),
      expect.objectContaining({ ruleId: 'vrd-5-complaint-acknowledgement', status: 'missed', legalBasis: 'Directive 2012/29/EU Art 5(1)', rulePack: 'be@2', eventId: missed.id }),
    ]);
    expect(view.referrals).toEqual([expect.objectContaining({ organisationId: antwerp, state: 'offered', attempt: 1 })]);
    // The duplicate delivery of the missed outcome added nothing; the timeline runs in time order.
    expect(view.timeline.map((entry: { eventId: string }) => entry.eventId)).toEqual([received.id, met.id, missed.id, offered.id]);
    expect(view.timeline[2]).toMatchObject({ type: 'harbour.journey.obligation.missed.v1', legalBasis: 'Directive 2012/29/EU Art 5(1)', rulePack: 'be@2' });
  });

  it('tells the stage from the referrals: supported once an organisation accepted', async () => {
    const view = await journeyOnceRead(app, be, supported.journeyId, 3);
    expect(view.stage).toBe('supported');
    expect(view.referrals[0].history.map((step: { state: string }) => step.state)).toEqual(['offered', 'accepted']);
    expect(view.nextDeadline).toBeUndefined();
  });

  const list = (token: string, query: string) => http(app).get(`/operations/journeys?${query}`).auth(token, { type: 'bearer' });
  const ids = (body: { journeys: { journeyId: string }[] }) => body.journeys.map((journey) => journey.journeyId);

  it('lists the country\'s journeys by next deadline, and filters by overdue, due within 24 h, stage, right and child', async () => {
    expect(ids((await list(be, `organisation=${antwerp}`).expect(200)).body)).toEqual([dueSoon.journeyId, overdue.journeyId, supported.journeyId]);
    expect(ids((await list(be, `organisation=${antwerp}&overdue=true`).expect(200)).body)).toEqual([overdue.journeyId]);
    expect(ids((await list(be, `organisation=${antwerp}&dueWithin24h=true`).expect(200)).body)).toEqual([dueSoon.journeyId]);
    expect(ids((await list(be, `organisation=${antwerp}&stage=supported`).expect(200)).body)).toEqual([supported.journeyId]);
    expect(ids((await list(be, `organisation=${antwerp}&right=vrd-4-information`).expect(200)).body)).toEqual([overdue.journeyId]);
    expect(ids((await list(be, `organisation=${antwerp}&child=true`).expect(200)).body)).toEqual([]);
  });

  it('finds hand-offs that need operations: an offer past half its time', async () => {
    expect(ids((await list(be, `organisation=${ghent}&stuck=true`).expect(200)).body)).toEqual([stuck.journeyId]);
    expect(ids((await list(be, `organisation=${antwerp}&stuck=true`).expect(200)).body)).toEqual([]);
    expect((await list(be, 'stuck=sometimes').expect(400)).body.message).toEqual(['stuck must be true or false']);
  });

  it('hands out the list a page at a time with a cursor', async () => {
    const first = (await list(be, `organisation=${antwerp}&limit=2`).expect(200)).body;
    expect(ids(first)).toEqual([dueSoon.journeyId, overdue.journeyId]);
    const second = (await list(be, `organisation=${antwerp}&limit=2&cursor=${first.nextCursor}`).expect(200)).body;
    expect(ids(second)).toEqual([supported.journeyId]);
    expect(second.nextCursor).toBeUndefined();
  });

  it('shows an analyst of Belgium no Dutch journey, and the Dutch analyst only theirs', async () => {
    expect(ids((await list(be, `organisation=${amsterdam}`).expect(200)).body)).toEqual([]);
    await http(app).get(`/operations/journeys/${dutch.journeyId}`).auth(be, { type: 'bearer' }).expect(404);
    expect(ids((await list(nl, `overdue=true&organisation=${amsterdam}`).expect(200)).body)).toEqual([dutch.journeyId]);
    await http(app).get(`/operations/journeys/${overdue.journeyId}`).auth(nl, { type: 'bearer' }).expect(404);
  });

  it('refuses other roles, analysts without a country, and wrong parameters with the reason', async () => {
    await http(app).get('/operations/journeys').expect(401);
    await list(analyst('BE', 'first-responder'), '').expect(403);
    const countryless = await list(analyst(undefined), '').expect(403);
    expect(countryless.body.message).toMatch(/country/);
    const wrong = await list(be, 'overdue=maybe&stage=lost&limit=0').expect(400);
    expect(wrong.body.message).toEqual(expect.arrayContaining(['overdue must be true or false', expect.stringMatching(/^stage must be one of/), 'limit must not be less than 1']));
    const cursor = await list(be, 'cursor=bm90LWEtY3Vyc29y').expect(400);
    expect(cursor.body.message).toBe('cursor must be the nextCursor of a previous page');
    await http(app).get('/operations/journeys/not-a-journey').auth(be, { type: 'bearer' }).expect(400);
  });

  it('parks a malformed fact in the dead-letter topic with the reason, and keeps reading the journey', async () => {
    const journey = new JourneyFacts(app);
    const malformed = journey.fact(ObligationMissedEvent, { ...ObligationMissedEvent.example, ruleId: 'Not A Rule' });
    journey.published.pop();
    const received = journey.reportReceived('BE');
    await journey.publish([malformed, received]);
    const view = await journeyOnceRead(app, be, journey.journeyId, 1);
    expect(view.timeline.map((entry: { eventId: string }) => entry.eventId)).toEqual([received.id]);
    const parked = await readTopic(testServers().kafkaBrokers, deadLetterTopic(Topics.journey), {
      until: (records) => records.some((record) => record.key === journey.journeyId),
    });
    const record = parked.find((candidate) => candidate.key === journey.journeyId)!;
    expect(record.headers.ce_id).toBe(malformed.id);
    expect(record.headers[DeadLetterHeaders.reason]).toMatch(/ruleId/);
  });

  it('is rebuilt from the topics alone by a new consumer group on an empty database', async () => {
    const rebuilt = await startAnotherOperationsService();
    try {
      const original = await journeyOnceRead(app, be, overdue.journeyId, 4);
      await expect(journeyOnceRead(rebuilt, be, overdue.journeyId, 4)).resolves.toEqual(original);
    } finally {
      await stopOperationsService(rebuilt);
    }
  });
});
