import { NestExpressApplication } from '@nestjs/platform-express';
import { ScreeningCompletedEvent } from '@harbour/contracts';
import { bearer, decisionMaker, firstResponder, http, journeyFacts, journeyOfTheCase, POLICE, startIdentificationService, stopIdentificationService } from './support/identification-testbed';

describe('screening by first responders', () => {
  let app: NestExpressApplication;
  const screen = (body: object, token = firstResponder) => http(app).post('/screenings').auth(token, { type: 'bearer' }).send(body);
  const read = (screeningId: string, token: string) => http(app).get(`/screenings/${screeningId}`).auth(token, { type: 'bearer' });

  beforeAll(async () => {
    app = await startIdentificationService();
  });
  afterAll(() => stopIdentificationService(app));

  it('scores the checklist into flags and a recommendation, and publishes ScreeningCompleted with indicator ids only', async () => {
    const journeyId = await journeyOfTheCase(app);

    const { body } = await screen({ journeyId, indicatorIds: ['withheld-identity-documents', 'wages-withheld'], observations: 'Passport kept by the farm manager.' }).expect(201);

    expect(body).toEqual({
      screeningId: expect.any(String),
      journeyId,
      checklistVersion: '2026.1',
      indicatorIds: ['withheld-identity-documents', 'wages-withheld'],
      recommendation: 'refer-to-nrm',
      flags: [
        { category: 'debt-bondage', indicatorIds: ['wages-withheld'] },
        { category: 'withheld-documents', indicatorIds: ['withheld-identity-documents'] },
      ],
      reasons: ['strong indicator observed: withheld-identity-documents', 'total weight 5 against the referral threshold 4'],
      completedAt: expect.any(String),
    });
    const [fact] = await journeyFacts(journeyId, [ScreeningCompletedEvent.type]);
    expect(fact).toMatchObject({ source: '/harbour/identification', subject: journeyId, dataschema: ScreeningCompletedEvent.dataschema });
    expect(fact.data).toEqual({
      screeningId: body.screeningId,
      completedAt: body.completedAt,
      recommendation: 'refer-to-nrm',
      indicatorIds: ['withheld-identity-documents', 'wages-withheld'],
      checklistVersion: '2026.1',
      actingOrganisationId: POLICE,
    });
  });

  it('carries what the journey needs to open its clocks from this door: country, region, language and the acting organisation', async () => {
    const { body } = await screen({ indicatorIds: [], country: 'BE', region: 'BE-VLG', language: 'bg' }).expect(201);

    const [fact] = await journeyFacts(body.journeyId, [ScreeningCompletedEvent.type]);
    expect(fact.data).toMatchObject({ country: 'BE', region: 'BE-VLG', language: 'bg', actingOrganisationId: POLICE });
    const refused = await screen({ indicatorIds: [], country: 'XX', region: 'Flanders', language: 'bulgarian' }).expect(400);
    expect(refused.body.message).toEqual([
      'country must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")',
      'region must be an ISO 3166-2 subdivision code such as "BE-VLG"',
      'language must be an ISO 639-1 code such as "en"',
    ]);
  });

  it('opens a new pseudonymous journey when the person has none yet', async () => {
    const { body } = await screen({ indicatorIds: [] }).expect(201);

    expect(body).toMatchObject({ journeyId: expect.stringMatching(/^[0-9a-f-]{36}$/), recommendation: 'no-indicators' });
    await journeyFacts(body.journeyId, [ScreeningCompletedEvent.type]);
  });

  it('refuses an indicator that is not in the checklist, and free text where codes belong', async () => {
    const unknown = await screen({ indicatorIds: ['looked-nervous'] }).expect(400);
    expect(unknown.body.message).toEqual(['each value in indicatorIds must be an indicator id of checklist 2026.1']);
    const extra = await screen({ indicatorIds: [], victimName: 'Maria' }).expect(400);
    expect(extra.body.message).toEqual(['property victimName should not exist']);
  });

  it("lets the first responder's organisation and decision makers read the observations back, and nobody else", async () => {
    // NRM decision makers read screenings of the journeys referred to them.
    const { body } = await screen({ journeyId: await journeyOfTheCase(app), indicatorIds: ['debt-bondage'], observations: 'Owes 4000 EUR for the journey.' }).expect(201);

    expect((await read(body.screeningId, firstResponder).expect(200)).body.observations).toBe('Owes 4000 EUR for the journey.');
    expect((await read(body.screeningId, decisionMaker).expect(200)).body.observations).toBe('Owes 4000 EUR for the journey.');
    const otherPolice = await read(body.screeningId, bearer('first-responder', 'nl-police-rotterdam')).expect(404);
    expect(otherPolice.body.message).toBe(`screening ${body.screeningId} not found`);
  });
});
