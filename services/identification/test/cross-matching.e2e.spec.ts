import { randomUUID } from 'node:crypto';
import { joinJourney } from '@harbour/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { JourneysMergedEvent, PossibleDuplicateFoundEvent } from '@harbour/contracts';
import { AuditLog } from '@harbour/security';
import { PossibleDuplicateView } from '../src/cross-matching/possible-duplicate.view';
import { bearer, database, decisionMaker, firstResponder, http, journeyFacts, journeyOfTheCase, startIdentificationService, stopIdentificationService } from './support/identification-testbed';

describe('pseudonymous cross-matching of journeys', () => {
  let app: NestExpressApplication;
  const recordIdentity = (journeyId: string, body: object, token = firstResponder) =>
    http(app).post(`/journeys/${journeyId}/identity-records`).auth(token, { type: 'bearer' }).send(body);
  const openItems = async () => (await http(app).get('/possible-duplicates?status=open&limit=200').auth(decisionMaker, { type: 'bearer' }).expect(200)).body;
  const review = (matchId: string, action: 'merge' | 'rejection', body: object = {}) =>
    http(app).post(`/possible-duplicates/${matchId}/${action}`).auth(decisionMaker, { type: 'bearer' }).send(body);
  const itemOf = (items: PossibleDuplicateView[], journeyId: string, otherJourneyId: string) =>
    items.find((item) => item.journeyId === journeyId && item.otherJourneyId === otherJourneyId);

  beforeAll(async () => {
    app = await startIdentificationService();
  });
  afterAll(() => stopIdentificationService(app));

  it('flags the same person recorded in two regions to a reviewer, by journey ids and attribute kinds only, and merges them once, audited', async () => {
    const antwerp = await journeyOfTheCase(app);
    const rotterdam = randomUUID();
    await joinJourney(app, rotterdam, 'nl-police-rotterdam', 'reported');
    const recorded = await recordIdentity(antwerp, { fullName: 'POPESCU, Maria', dateOfBirth: '07.04.1998' }).expect(201);
    expect(recorded.body).toEqual({ identityRecordId: expect.any(String), journeyId: antwerp, recordedAt: expect.any(String) });
    await recordIdentity(rotterdam, { fullName: 'maria popescu', dateOfBirth: '1998-04-07', nationality: 'ro' }, bearer('first-responder', 'nl-police-rotterdam')).expect(201);

    const item = itemOf(await openItems(), rotterdam, antwerp);
    expect(item).toEqual({ matchId: expect.any(String), journeyId: rotterdam, otherJourneyId: antwerp, matchedOn: ['full-name', 'date-of-birth'], status: 'open', raisedAt: expect.any(String) });
    const [found] = await journeyFacts(rotterdam, [PossibleDuplicateFoundEvent.type]);
    expect(found.data).toEqual({ matchId: item!.matchId, otherJourneyId: antwerp, matchedOn: ['full-name', 'date-of-birth'] });

    const merged = await review(item!.matchId, 'merge', { survivingJourneyId: antwerp }).expect(200);
    expect(merged.body).toMatchObject({ status: 'merged', mergedJourneyId: rotterdam, survivingJourneyId: antwerp, mergeId: expect.any(String) });
    const again = await review(item!.matchId, 'merge', { survivingJourneyId: antwerp }).expect(409);
    expect(again.body.message).toBe('this possible duplicate was already reviewed: merged');

    const [fact] = await journeyFacts(rotterdam, [JourneysMergedEvent.type]).then((facts) => facts.filter((f) => f.type === JourneysMergedEvent.type));
    expect(fact).toMatchObject({ subject: rotterdam });
    expect(fact.data).toEqual({ mergeId: merged.body.mergeId, mergedJourneyId: rotterdam, survivingJourneyId: antwerp, mergedAt: merged.body.reviewedAt });

    expect(await app.get(AuditLog).verifyChain()).toMatchObject({ intact: true });
    const entries = await database(app).collection('audit_log').find({ action: 'journeys.merge' }).toArray();
    expect(entries).toEqual([expect.objectContaining({ actor: 'nrm-decision-maker-3', resource: `possible-duplicate/${item!.matchId}`, journeyId: rotterdam })]);
  });

  it('refuses a stale review of a journey merged away meanwhile, and a second rejection', async () => {
    const [first, second, third] = [await journeyOfTheCase(app), await journeyOfTheCase(app), await journeyOfTheCase(app)];
    const person = { identityDocumentNumber: '05 123 456', nationality: 'BG' };
    for (const journeyId of [first, second, third]) await recordIdentity(journeyId, person).expect(201);
    const items = await openItems();
    const [secondFirst, thirdFirst, thirdSecond] = [itemOf(items, second, first), itemOf(items, third, first), itemOf(items, third, second)];
    expect(thirdSecond?.matchedOn).toEqual(['identity-document', 'nationality']);

    const notInPair = await review(secondFirst!.matchId, 'merge', { survivingJourneyId: third }).expect(400);
    expect(notInPair.body.message).toBe('survivingJourneyId must be one of the two journeys of this possible duplicate');
    await review(secondFirst!.matchId, 'merge', { survivingJourneyId: first }).expect(200);
    const stale = await review(thirdSecond!.matchId, 'merge', { survivingJourneyId: third }).expect(409);
    expect(stale.body.message).toBe(`this review is stale: journey ${second} was already merged into journey ${first}`);

    await review(thirdFirst!.matchId, 'rejection').expect(200);
    expect((await review(thirdFirst!.matchId, 'rejection').expect(409)).body.message).toBe('this possible duplicate was already reviewed: rejected');
  });

  it('refuses attributes that can match nothing, and dates that do not exist', async () => {
    const nameOnly = await recordIdentity(await journeyOfTheCase(app), { fullName: 'Maria Popescu' }).expect(400);
    expect(nameOnly.body.message).toBe('give fullName with dateOfBirth, or identityDocumentNumber with nationality: no other combination can be matched');
    const badDate = await recordIdentity(await journeyOfTheCase(app), { fullName: 'Maria Popescu', dateOfBirth: '31.02.1998' }).expect(400);
    expect(badDate.body.message).toBe('dateOfBirth must be a real date, e.g. 1998-04-07 or 07.04.1998');
    const format = await recordIdentity(await journeyOfTheCase(app), { fullName: 'Maria Popescu', dateOfBirth: 'April 1998' }).expect(400);
    expect(format.body.message).toEqual(['dateOfBirth must be written as YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or DD-MM-YYYY']);
  });
});
