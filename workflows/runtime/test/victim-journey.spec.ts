import { waitFor } from '@harbour/testing';
import { holidayCalendar } from '@harbour/rules';
import { brusselsInstant, inBrussels } from './support/brussels-time';
import { referralAccepted, referralDeclined, reportReceived } from './support/journey-facts';
import { HOUR, JourneyTestbed } from './support/journey-testbed';
import { findObligation, statusOf } from './support/journey-state';

const MINUTE = 60_000;
const DAY = 24 * HOUR;

describe('VictimJourney', () => {
  let testbed: JourneyTestbed;

  beforeAll(async () => {
    testbed = await JourneyTestbed.start();
  });
  afterAll(() => testbed?.teardown());

  beforeEach(() => {
    testbed.support.organisations = ['be-payoke', 'be-pag-asa', 'be-surya'];
  });

  /** Sends the first report about a new journey, received now, and waits for the first offer. */
  async function journeyWithFirstOffer(report: { formalComplaint?: boolean } = {}) {
    const journeyId = testbed.newJourneyId();
    const receivedAt = new Date(await testbed.now()).toISOString();
    await testbed.send(reportReceived(journeyId, { receivedAt, formalComplaint: false, ...report }));
    const state = await testbed.until(journeyId, 'the first referral offer', (current) => current.referrals.length === 1);
    return { journeyId, receivedAt, state, offer: state.referrals[0] };
  }

  it('vrd-4 information is missed 24 h after first contact and published as missed', async () => {
    const { journeyId, receivedAt, state } = await journeyWithFirstOffer();
    const dueAt = new Date(Date.parse(receivedAt) + DAY).toISOString();
    expect(findObligation(state, 'vrd-4-information#1')).toMatchObject({ status: 'open', dueAt });

    await testbed.skip(DAY - MINUTE);
    expect(statusOf(await testbed.state(journeyId), 'vrd-4-information#1')).toBe('open');

    await testbed.skip(2 * MINUTE);
    const missed = await testbed.until(journeyId, 'vrd-4 missed', (current) => statusOf(current, 'vrd-4-information#1') === 'missed');
    expect(Date.parse(findObligation(missed, 'vrd-4-information#1')?.closedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(dueAt));
    expect(testbed.journeyActivities.outcomesOf(journeyId).filter((command) => command.fact.ruleId === 'vrd-4-information')).toEqual([
      expect.objectContaining({
        outcome: 'missed',
        fact: expect.objectContaining({
          obligationId: 'vrd-4-information#1',
          rulePack: 'eu-baseline@1',
          legalBasis: 'Directive 2012/29/EU Art 4',
          basis: 'default',
          dueAt,
        }),
      }),
    ]);
  });

  it('a formal complaint on a Friday in Belgium is due at the end of the next working day', async () => {
    // The Friday before the next Easter Monday: Monday is a Belgian public holiday, so Tuesday.
    const now = await testbed.now();
    const easterMonday = holidayCalendar('BE').holidays.find(
      (holiday) => holiday.name.includes('Easter Monday') && Date.parse(holiday.date) > now + 7 * DAY,
    );
    if (!easterMonday) throw new Error('no Easter Monday left in the Belgian calendar');
    const friday = new Date(Date.parse(easterMonday.date) - 3 * DAY).toISOString().slice(0, 10);
    const fridayAt17 = brusselsInstant(friday, 17);
    await testbed.skip(fridayAt17 - now);

    const journeyId = testbed.newJourneyId();
    await testbed.send(reportReceived(journeyId, { receivedAt: new Date(fridayAt17).toISOString(), country: 'BE', formalComplaint: true }));
    const state = await testbed.until(journeyId, 'vrd-5 open', (current) => statusOf(current, 'vrd-5-acknowledgement#1') === 'open');
    const dueAt = findObligation(state, 'vrd-5-acknowledgement#1')?.dueAt ?? '';
    const tuesday = new Date(Date.parse(easterMonday.date) + DAY).toISOString().slice(0, 10);
    expect(inBrussels(dueAt)).toBe(`Tuesday ${tuesday} 23:59:59.999`);

    await testbed.skip(Date.parse(dueAt) - (await testbed.now()) - MINUTE);
    expect(statusOf(await testbed.state(journeyId), 'vrd-5-acknowledgement#1')).toBe('open');
    await testbed.skip(2 * MINUTE);
    await testbed.until(journeyId, 'vrd-5 missed', (current) => statusOf(current, 'vrd-5-acknowledgement#1') === 'missed');
    expect(testbed.journeyActivities.outcomesOf(journeyId).map((command) => [command.outcome, command.fact.obligationId])).toContainEqual([
      'missed',
      'vrd-5-acknowledgement#1',
    ]);
  });

  it('a referral not accepted within 48 hours goes to the next matching organisation', async () => {
    const { journeyId, offer } = await journeyWithFirstOffer();
    expect(offer).toMatchObject({ attempt: 1, organisationId: 'be-payoke', status: 'offered' });
    expect(Date.parse(offer.acceptBy) - Date.parse(offer.offeredAt)).toBe(48 * HOUR);
    expect(testbed.support.offers.find((command) => command.journeyId === journeyId)).toMatchObject({
      country: 'BE',
      language: 'ro',
      specialism: 'labour-exploitation',
      excludeOrganisationIds: [],
      acceptBy: offer.acceptBy,
    });

    await testbed.skip(24 * HOUR + MINUTE);
    const halfTime = await testbed.handoffState(journeyId);
    expect(halfTime.reminders).toEqual([{ obligationId: 'vrd-8-support-contact#1', at: expect.any(String) }]);
    expect(halfTime.attempts).toHaveLength(1);
    // The reminder is a task in the inbox of the organisation on offer, not a log line.
    const referralTasks = () => testbed.journeyActivities.tasksOf(journeyId).filter((task) => task.ruleId === 'vrd-8-support-contact');
    await waitFor(() => referralTasks().length === 1, { description: `the reminder task (tasks: ${JSON.stringify(testbed.journeyActivities.tasksOf(journeyId))})` });
    expect(referralTasks()).toEqual([
      { obligationId: 'vrd-8-support-contact#1', ruleId: 'vrd-8-support-contact', kind: 'reminder', forRole: 'support-case-worker', forOrganisationId: 'be-payoke', dueAt: offer.acceptBy, at: halfTime.reminders[0].at },
    ]);

    await testbed.skip(24 * HOUR);
    const rerouted = await testbed.until(journeyId, 'the second offer', (state) => state.referrals.length === 2);
    expect(rerouted.referrals.map(({ organisationId, status }) => ({ organisationId, status }))).toEqual([
      { organisationId: 'be-payoke', status: 'withdrawn' },
      { organisationId: 'be-pag-asa', status: 'offered' },
    ]);
    expect(statusOf(rerouted, 'vrd-8-support-contact#1')).toBe('missed');
    expect(statusOf(rerouted, 'vrd-8-support-contact#2')).toBe('open');
    expect(testbed.support.withdrawals).toContainEqual({ referralId: offer.referralId, reason: 'not-accepted-in-time' });
    expect(testbed.support.offers.filter((command) => command.journeyId === journeyId)[1].excludeOrganisationIds).toEqual(['be-payoke']);
    expect(testbed.journeyActivities.outcomesOf(journeyId).map((command) => [command.outcome, command.fact.obligationId])).toContainEqual([
      'missed',
      'vrd-8-support-contact#1',
    ]);
  });

  it('a declined referral goes at once to the next organisation', async () => {
    const { journeyId, offer } = await journeyWithFirstOffer();
    const declinedAt = new Date(await testbed.now()).toISOString();
    await testbed.send(referralDeclined(journeyId, { referralId: offer.referralId, organisationId: offer.organisationId, reason: 'no-capacity', declinedAt }));

    const rerouted = await testbed.until(journeyId, 'the second offer', (state) => state.referrals.length === 2);
    expect(rerouted.referrals[0]).toMatchObject({ status: 'declined', closedAt: declinedAt });
    expect(rerouted.referrals[1]).toMatchObject({ organisationId: 'be-pag-asa', status: 'offered' });
    // Re-routed before the first organisation's time to accept had run out.
    expect(Date.parse(rerouted.referrals[1].offeredAt)).toBeLessThan(Date.parse(offer.acceptBy));
    expect(findObligation(rerouted, 'vrd-8-support-contact#1')).toMatchObject({
      status: 'cancelled',
      evidence: 'declined by be-payoke: no-capacity',
    });
    expect(testbed.support.withdrawals).toContainEqual({ referralId: offer.referralId, reason: 'declined' });
  });

  it('an accepted referral makes the journey supported and meets vrd-8 with evidence', async () => {
    const { journeyId, offer } = await journeyWithFirstOffer();
    const acceptedAt = new Date(await testbed.now()).toISOString();
    await testbed.send(referralAccepted(journeyId, { referralId: offer.referralId, organisationId: offer.organisationId, acceptedAt }));

    const supported = await testbed.until(journeyId, 'stage supported', (state) => state.stage === 'supported');
    expect(supported.referrals).toEqual([expect.objectContaining({ organisationId: 'be-payoke', status: 'accepted', closedAt: acceptedAt })]);
    expect(findObligation(supported, 'vrd-8-support-contact#1')).toMatchObject({
      status: 'met',
      closedAt: acceptedAt,
      evidence: `referral ${offer.referralId} accepted by be-payoke`,
    });
    await testbed.until(journeyId, 'vrd-8 met published', () =>
      testbed.journeyActivities.outcomesOf(journeyId).some((command) => command.outcome === 'met'),
    );
    expect(testbed.journeyActivities.outcomesOf(journeyId).find((command) => command.outcome === 'met')?.fact).toMatchObject({
      obligationId: 'vrd-8-support-contact#1',
      legalBasis: 'Directive 2012/29/EU Art 8(1),(2)',
      at: acceptedAt,
    });
  });

  it('no organisation left → support-unavailable', async () => {
    testbed.support.organisations = ['be-payoke'];
    const { journeyId, offer } = await journeyWithFirstOffer();
    const declinedAt = new Date(await testbed.now()).toISOString();
    await testbed.send(referralDeclined(journeyId, { referralId: offer.referralId, organisationId: offer.organisationId, reason: 'language', declinedAt }));

    const unavailable = await testbed.until(journeyId, 'stage support-unavailable', (state) => state.stage === 'support-unavailable');
    expect(unavailable.referrals).toEqual([expect.objectContaining({ status: 'declined' })]);
    expect((await testbed.handoffState(journeyId)).escalations).toContainEqual({
      cause: 'no-organisation-left',
      action: 'notify-operations',
      at: expect.any(String),
    });
  });

  it('a redelivered fact is ignored', async () => {
    const journeyId = testbed.newJourneyId();
    const receivedAt = new Date(await testbed.now()).toISOString();
    const complaint = reportReceived(journeyId, { receivedAt, formalComplaint: true });
    await testbed.send(complaint);
    await testbed.send(complaint);
    await testbed.send(reportReceived(journeyId, { receivedAt, formalComplaint: true }));

    const state = await testbed.until(journeyId, 'both distinct facts seen and the referral offered', (current) => current.factsSeen === 2 && current.referrals.length === 1);
    expect(state.obligations.map((current) => current.obligationId).sort()).toEqual([
      'vrd-22-individual-assessment#1',
      'vrd-4-information#1',
      'vrd-5-acknowledgement#1',
      'vrd-5-acknowledgement#2',
      'vrd-8-support-contact#1',
    ]);
    await testbed.send(complaint);
    expect((await testbed.state(journeyId)).factsSeen).toBe(2);
  });

  it('the state query shows each obligation with its due time and legal basis', async () => {
    const { journeyId, receivedAt, state } = await journeyWithFirstOffer({ formalComplaint: true });
    expect(state).toMatchObject({ journeyId, stage: 'referred', country: 'BE', language: 'ro', child: false, factsSeen: 1 });
    const common = { basis: 'default', rulePack: 'eu-baseline@1', status: 'open' };
    expect(findObligation(state, 'vrd-4-information#1')).toEqual({
      ...common,
      obligationId: 'vrd-4-information#1',
      ruleId: 'vrd-4-information',
      title: 'Information from first contact',
      legalBasis: 'Directive 2012/29/EU Art 4',
      openedAt: receivedAt,
      dueAt: new Date(Date.parse(receivedAt) + DAY).toISOString(),
    });
    expect(findObligation(state, 'vrd-5-acknowledgement#1')).toMatchObject({
      ...common,
      title: 'Written acknowledgement of the complaint',
      legalBasis: 'Directive 2012/29/EU Art 5(1), 5(3)',
      openedAt: receivedAt,
    });
    expect(inBrussels(findObligation(state, 'vrd-5-acknowledgement#1')?.dueAt ?? '')).toMatch(/ 23:59:59\.999$/);
    expect(findObligation(state, 'vrd-8-support-contact#1')).toMatchObject({
      ...common,
      legalBasis: 'Directive 2012/29/EU Art 8(1),(2)',
      dueAt: state.referrals[0].acceptBy,
    });
  });

  it('lets operations filter journeys by stage, country and next deadline', async () => {
    const { journeyId, state } = await journeyWithFirstOffer();
    const nextDeadline = state.obligations.flatMap((current) => current.dueAt ?? []).sort()[0];
    const attributes = await testbed.searchAttributes(journeyId, (current) => current.HarbourStage?.[0] === 'referred');
    expect(attributes).toEqual({
      HarbourStage: ['referred'],
      HarbourCountry: ['BE'],
      HarbourChild: [false],
      HarbourNextDeadline: [new Date(nextDeadline)],
      HarbourOverdue: [0],
      // Set by Temporal for the patch that opens vrd-22 from first contact.
      TemporalChangeVersion: ['pin-country-pack', 'vrd-22-from-first-contact'],
    });
  });
});
