import { NestExpressApplication } from '@nestjs/platform-express';
import { ReferralCompletedEvent, ReferralStartedEvent, ReferralWithdrawnEvent, SupportActivities } from '@harbour/contracts';
import { DemoDirectory } from '../src/directory/demo-directory';
import { DirectoryRepository } from '../src/directory/directory.repository';
import { PlacesRepository } from '../src/directory/places.repository';
import { ReconcilePlaces } from '../src/directory/reconcile-places';
import { bearer, http, journeyFacts, labourExploitationInBelgium, startSupportService, stopSupportService, supportActivities } from './support/support-testbed';

const ANTWERP = 'be-harbourline-antwerp';
const BRUSSELS = 'be-lighthouse-brussels';

describe('a referral from offer to completion, and the places it holds', () => {
  let app: NestExpressApplication;
  let support: SupportActivities;
  const brussels = bearer(['support-case-worker'], BRUSSELS);
  const analyst = bearer(['operations-analyst']);

  /** A new journey's first offer to Lighthouse Brussels (2 places), Antwerp being asked already. */
  const offerToBrussels = async () => {
    const command = labourExploitationInBelgium({ excludeOrganisationIds: [ANTWERP] });
    const offer = await support.offerReferral(command);
    if (offer?.organisationId !== BRUSSELS) throw new Error(`expected an offer to ${BRUSSELS}, got ${JSON.stringify(offer)}`);
    return { journeyId: command.journeyId, referralId: offer.referralId };
  };
  const step = (referralId: string, action: 'accept' | 'start' | 'complete', token = brussels) =>
    http(app).post(`/organisations/${BRUSSELS}/tasks/${referralId}/${action}`).auth(token, { type: 'bearer' });
  const revoke = (referralId: string, token = analyst) => http(app).post(`/referrals/${referralId}/revoke`).auth(token, { type: 'bearer' });
  const openPlaces = async () => (await app.get(DirectoryRepository).find(BRUSSELS))?.openPlaces;

  beforeAll(async () => {
    app = await startSupportService();
    support = supportActivities(app);
  });
  afterAll(() => stopSupportService(app));
  // Every test starts from Brussels' two places, all open.
  beforeEach(async () => {
    const directory = app.get(DirectoryRepository);
    await directory.upsert(DemoDirectory);
    const places = app.get(PlacesRepository);
    for (const held of await places.held()) for (const referralId of held.referralIds) await places.release(held.organisationId, referralId);
  });

  it('goes offered → accepted → in progress → completed, holding a place from accept to completion, and publishes each step', async () => {
    const { journeyId, referralId } = await offerToBrussels();
    expect(await openPlaces()).toBe(2);

    expect((await step(referralId, 'accept').expect(200)).body.status).toBe('accepted');
    expect(await openPlaces()).toBe(1);
    expect((await step(referralId, 'start').expect(200)).body.status).toBe('in-progress');
    expect(await openPlaces()).toBe(1);
    expect((await step(referralId, 'complete').expect(200)).body.status).toBe('completed');
    expect(await openPlaces()).toBe(2);

    const facts = await journeyFacts(journeyId, [ReferralStartedEvent.type, ReferralCompletedEvent.type]);
    expect(facts.find((fact) => fact.type === ReferralStartedEvent.type)?.data).toEqual({ referralId, organisationId: BRUSSELS, startedAt: expect.any(String) });
    expect(facts.find((fact) => fact.type === ReferralCompletedEvent.type)?.data).toEqual({ referralId, organisationId: BRUSSELS, completedAt: expect.any(String) });
  });

  it('refuses a step out of order with 409 and the reason', async () => {
    const { referralId } = await offerToBrussels();

    expect((await step(referralId, 'start').expect(409)).body.message).toBe('a referral that is offered cannot be started');
    await step(referralId, 'accept').expect(200);
    expect((await step(referralId, 'complete').expect(409)).body.message).toBe('a referral that is accepted cannot be completed');
    expect((await step(referralId, 'accept').expect(409)).body.message).toBe('a referral that is accepted cannot be accepted');
    expect(await openPlaces()).toBe(1);
  });

  it('lets operations revoke a running referral: its place is freed and ReferralWithdrawn says "revoked"', async () => {
    const { journeyId, referralId } = await offerToBrussels();
    await step(referralId, 'accept').expect(200);
    await step(referralId, 'start').expect(200);

    await revoke(referralId, brussels).expect(403);
    expect((await revoke(referralId).expect(200)).body.status).toBe('revoked');

    expect(await openPlaces()).toBe(2);
    expect((await revoke(referralId).expect(409)).body.message).toBe('a referral that is revoked cannot be revoked');
    const facts = await journeyFacts(journeyId, [ReferralWithdrawnEvent.type]);
    expect(facts.find((fact) => fact.type === ReferralWithdrawnEvent.type)?.data).toEqual({ referralId, organisationId: BRUSSELS, reason: 'revoked', withdrawnAt: expect.any(String) });
  });

  it('refuses an accept when every place is taken, and matching then skips the organisation, saying why', async () => {
    const [first, second, third] = [await offerToBrussels(), await offerToBrussels(), await offerToBrussels()];
    await step(first.referralId, 'accept').expect(200);
    await step(second.referralId, 'accept').expect(200);

    const refused = await step(third.referralId, 'accept').expect(409);

    expect(refused.body.message).toBe(`${BRUSSELS} has no open place left: complete or revoke a referral first, or decline this one`);
    const { body } = await http(app).get('/organisations/matches?country=BE&language=fr&specialism=labour-exploitation').auth(analyst, { type: 'bearer' }).expect(200);
    expect(body.skipped).toContainEqual({ organisationId: BRUSSELS, reason: 'at capacity: all 2 place(s) taken' });
    expect(body.matches.map((match: { organisation: { id: string } }) => match.organisation.id)).not.toContain(BRUSSELS);
  });

  it('gives the last place to exactly one of several accepts made at the same time', async () => {
    const holder = await offerToBrussels();
    await step(holder.referralId, 'accept').expect(200);
    const contenders = [await offerToBrussels(), await offerToBrussels(), await offerToBrussels()];

    const answers = await Promise.all(contenders.map(({ referralId }) => step(referralId, 'accept')));

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409]);
    expect(await openPlaces()).toBe(0);
    expect((await app.get(PlacesRepository).held()).find((held) => held.organisationId === BRUSSELS)?.referralIds).toHaveLength(2);
  });

  it('gives back a place left claimed for a referral that is done, when the service starts', async () => {
    const { referralId } = await offerToBrussels();
    await step(referralId, 'accept').expect(200);
    await step(referralId, 'start').expect(200);
    await step(referralId, 'complete').expect(200);
    const offered = await offerToBrussels();
    // As if the process had stopped between the referral's write and the release, and during an accept.
    await app.get(PlacesRepository).claim(BRUSSELS, referralId);
    await app.get(PlacesRepository).claim(BRUSSELS, offered.referralId);
    expect(await openPlaces()).toBe(0);

    expect(await app.get(ReconcilePlaces).execute()).toBe(1);

    expect(await openPlaces()).toBe(1);
    // The offered referral keeps its claim: it may be in the middle of being accepted.
    expect((await step(offered.referralId, 'accept').expect(200)).body.status).toBe('accepted');
    expect(await openPlaces()).toBe(1);
  });
});
