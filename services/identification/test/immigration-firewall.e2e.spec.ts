import { NestExpressApplication } from '@nestjs/platform-express';
import { NonPunishmentFlaggedEvent } from '@harbour/contracts';
import { issueDevelopmentToken, Role } from '@harbour/security';
import { TestOrganisations } from '@harbour/testing';
import { bearer, decisionMaker, http, identificationRecords, journeyOfTheCase, startIdentificationService, stopIdentificationService } from './support/identification-testbed';

/** A presumed victim suspected of an immigration offence: the prosecution learns only that the offence is linked to the trafficking. */
describe('the immigration firewall on the non-punishment flag', () => {
  let app: NestExpressApplication;
  let journeyId: string;
  let flagId: string;

  beforeAll(async () => {
    app = await startIdentificationService();
    journeyId = await journeyOfTheCase(app);
    const { body } = await http(app).post(`/journeys/${journeyId}/non-punishment-flags`).auth(decisionMaker, { type: 'bearer' }).send({ offenceCategory: 'immigration' }).expect(201);
    flagId = body.flagId;
  });
  afterAll(() => stopIdentificationService(app));

  const flagsAs = async (token: string) => (await http(app).get(`/journeys/${journeyId}/flags`).auth(token, { type: 'bearer' }).expect(200)).body;
  const twoHats = (roles: Role[]) => issueDevelopmentToken({ subject: 'two-hats', roles, organisationId: TestOrganisations[roles[0]] });

  it.each([
    { who: 'police', token: () => bearer('first-responder') },
    { who: 'the prosecution', token: () => bearer('prosecutor-liaison') },
    { who: 'a token of a support case worker that is also a first responder', token: () => twoHats(['support-case-worker', 'first-responder']) },
    { who: 'a token of an NRM decision maker that is also a prosecutor liaison', token: () => twoHats(['nrm-decision-maker', 'prosecutor-liaison']) },
  ])('shows $who that a presumed victim is suspected of an offence linked to the trafficking, not which', async ({ token }) => {
    const flags = await flagsAs(token());
    expect(flags.nonPunishment).toBe(true);
    expect(flags.nonPunishmentFlags).toEqual([{ flagId, flaggedAt: expect.any(String) }]);
    expect(JSON.stringify(flags)).not.toContain('immigration');
  });

  it.each([
    { who: 'the NRM', token: () => decisionMaker },
    { who: 'the support organisation', token: () => bearer('support-case-worker') },
    { who: 'the protection authority', token: () => bearer('protection-officer') },
  ])('shows $who the category, to help', async ({ token }) => {
    expect((await flagsAs(token())).nonPunishmentFlags).toEqual([{ flagId, flaggedAt: expect.any(String), offenceCategory: 'immigration' }]);
  });

  it('publishes the flag without the category', async () => {
    const records = await identificationRecords({ [journeyId]: [NonPunishmentFlaggedEvent.type] });
    const flagged = records.filter((record) => record.key === journeyId && String(record.headers.ce_type) === NonPunishmentFlaggedEvent.type);
    expect(flagged).toHaveLength(1);
    expect(JSON.parse(String(flagged[0].value))).toEqual({ flagId, flaggedAt: expect.any(String) });
  });
});
