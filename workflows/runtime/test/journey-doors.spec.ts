import { randomUUID } from 'node:crypto';
import { CloudEvent, JourneyState, ObligationView } from '@harbour/contracts';
import { JourneyDoorTypes } from '@harbour/journeys';
import { RecordRefusedError } from '@harbour/messaging';
import { factOfType, iso, JourneyClocks, MINUTE } from './support/journey-clocks';
import { reportReceived } from './support/journey-facts';
import { JourneyTestbed } from './support/journey-testbed';

type DoorFact = (journeyId: string, at: string, context: Record<string, string>) => CloudEvent<object>;

const inBelgium = { country: 'BE', language: 'fr' };

/** The first fact from each door, with what it says of the person's situation. */
const doors: Record<string, { fact: DoorFact; opens: string[] }> = {
  report: {
    fact: (journeyId, at, context) =>
      reportReceived(journeyId, { receivedAt: at, formalComplaint: false, crimeType: 'trafficking-labour-exploitation', ...inBelgium, ...context }),
    opens: ['vrd-4-information', 'vrd-22-individual-assessment'],
  },
  screening: {
    fact: (journeyId, at, context) =>
      factOfType('harbour.identification.screening.completed.v1', journeyId, {
        screeningId: randomUUID(), completedAt: at, recommendation: 'refer-to-nrm', indicatorIds: [], checklistVersion: '2026.1',
        actingOrganisationId: 'be-labour-inspectorate', ...context,
      }, at),
    opens: ['vrd-4-information', 'vrd-22-individual-assessment'],
  },
  'NRM referral': {
    fact: (journeyId, at, context) =>
      factOfType('harbour.identification.nrm-referral.submitted.v1', journeyId, {
        nrmReferralId: randomUUID(), consent: 'recorded', submittedAt: at, actingOrganisationId: 'be-labour-inspectorate', ...context,
      }, at),
    opens: ['vrd-4-information', 'vrd-22-individual-assessment', 'nrm-reasonable-grounds', 'cets-10-no-removal'],
  },
  'helpline self-referral': {
    fact: (journeyId, at, context) =>
      factOfType('harbour.support.self-referral.received.v1', journeyId, {
        selfReferralId: randomUUID(), channel: 'helpline', receivedAt: at, actingOrganisationId: 'be-116006-helpline', ...inBelgium, ...context,
      }, at),
    opens: ['vrd-4-information', 'vrd-22-individual-assessment'],
  },
  'protection measure': {
    fact: (journeyId, at, context) =>
      factOfType('harbour.protection.order.issued.v1', journeyId, {
        orderId: randomUUID(), kind: 'barring-order', startsAt: at, endsAt: iso(Date.parse(at) + 90 * 24 * 60 * MINUTE), actingOrganisationId: 'be-police-antwerp', ...context,
      }, at),
    opens: ['vrd-4-information', 'vrd-22-individual-assessment', 'protection-order-expiry'],
  },
  'justice milestone': {
    fact: (journeyId, at, context) =>
      factOfType('harbour.justice.proceeding-milestone.recorded.v1', journeyId, {
        milestoneId: randomUUID(), milestone: 'charges-brought', recordedAt: at, actingOrganisationId: 'be-prosecution-antwerp', ...context,
      }, at),
    opens: ['vrd-4-information', 'vrd-22-individual-assessment', 'vrd-6-case-update'],
  },
  'compensation claim': {
    fact: (journeyId, at, context) =>
      factOfType('harbour.compensation.claim.opened.v1', journeyId, {
        claimId: randomUUID(), scheme: 'state-fund', crimeDate: at.slice(0, 10) + 'T00:00:00.000Z', openedAt: at, actingOrganisationId: 'be-victim-fund', ...context,
      }, at),
    opens: ['vrd-4-information', 'vrd-22-individual-assessment', 'comp-application-window'],
  },
};

/** Every order of a list. */
function orders<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) => orders([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

const clocksOf = (state: JourneyState) =>
  state.obligations
    .filter((obligation: ObligationView) => obligation.ruleId !== 'vrd-8-support-contact')
    .map(({ ruleId, openedAt, dueAt, status }) => ({ ruleId, openedAt, dueAt, status }))
    .sort((a, b) => `${a.ruleId}${a.openedAt}`.localeCompare(`${b.ruleId}${b.openedAt}`));

// Whichever door a person comes through, and in whichever order the first facts reach the journey,
// the same clocks open and support is offered (DEADLINES.md, "any door"; ATD Art 11(3)).
describe('VictimJourney from every door', () => {
  let testbed: JourneyTestbed;
  let clocks: JourneyClocks;

  beforeAll(async () => {
    ({ testbed, clocks } = await JourneyClocks.start(['be-payoke', 'be-pag-asa', 'be-surya']));
  });
  afterAll(() => testbed?.teardown());

  const handedOver = (journeyId: string, description: string, expected: string[]) =>
    testbed.until(journeyId, description, (state) => state.referrals.length === 1 && expected.every((ruleId) => state.obligations.some((o) => o.ruleId === ruleId && o.status === 'open')));

  it('names the same doors as the journey router opens journeys for', () => {
    expect(JourneyDoorTypes).toEqual(
      expect.arrayContaining([...Object.values(doors).map((door) => door.fact(randomUUID(), new Date().toISOString(), { country: 'BE' }).type)]),
    );
  });

  it.each(Object.entries(doors))('a %s opens its clocks and hands the person over to support', async (_door, { fact, opens }) => {
    const journeyId = testbed.newJourneyId();
    await testbed.send(fact(journeyId, await clocks.now(), inBelgium));
    const state = await handedOver(journeyId, 'clocks and a referral', opens);
    expect(state).toMatchObject({ country: 'BE', language: 'fr', waitingForCountry: [], stage: 'referred' });
    expect(state.referrals[0]).toMatchObject({ status: 'offered', organisationId: 'be-payoke' });
    expect(testbed.support.offers.filter((offer) => offer.journeyId === journeyId)).toEqual([expect.objectContaining({ country: 'BE', language: 'fr' })]);
  });

  // A labour inspector's screening and NRM referral that do not say the country, then a report that does.
  const firstFacts = ['screening', 'NRM referral', 'report'] as const;
  let expectedClocks: ReturnType<typeof clocksOf> | undefined;
  let firstStart: number | undefined;

  it.each(orders([...firstFacts]).map((order) => [order.join(' → '), order]))('%s: the same clocks, from the facts\' own times, and one hand-off', async (_name, order) => {
    const journeyId = testbed.newJourneyId();
    // Every order plays the same facts at the same times: they happened in the table's order, a minute apart, whatever order they arrive in.
    firstStart ??= await testbed.now();
    const start = firstStart;
    const at = (door: string) => iso(start + (firstFacts.indexOf(door as (typeof firstFacts)[number]) + 1) * MINUTE);
    const withoutCountry = { country: undefined as unknown as string, language: undefined as unknown as string };
    for (const door of order as string[]) {
      const context = door === 'report' ? {} : withoutCountry;
      const event = doors[door].fact(journeyId, at(door), context);
      // Fields left undefined are not part of the fact.
      event.data = Object.fromEntries(Object.entries(event.data).filter(([, value]) => value !== undefined));
      await testbed.send(event);
    }
    const state = await testbed.until(journeyId, 'every fact taken and a referral offered', (current) => current.factsSeen === 3 && current.referrals.length === 1);
    expect(state.waitingForCountry).toEqual([]);
    const opened = clocksOf(state);
    expect(opened.map(({ ruleId }) => ruleId).sort()).toEqual(['cets-10-no-removal', 'nrm-reasonable-grounds', 'vrd-22-individual-assessment', 'vrd-4-information']);
    // Information and assessment count from the first contact, the screening, even when it arrives last.
    expect(opened.find((clock) => clock.ruleId === 'vrd-4-information')?.openedAt).toBe(at('screening'));
    expectedClocks ??= opened;
    expect(opened).toEqual(expectedClocks);
  });

  it('keeps the clocks of facts that came before the country waiting, with a decision that met one, and opens them with the country', async () => {
    const journeyId = testbed.newJourneyId();
    const start = await testbed.now();
    const nrmReferralId = randomUUID();
    await testbed.send(factOfType('harbour.identification.nrm-referral.submitted.v1', journeyId, { nrmReferralId, consent: 'recorded', submittedAt: iso(start), actingOrganisationId: 'be-labour-inspectorate' }, iso(start)));
    const decidedAt = iso(start + MINUTE);
    await testbed.send(factOfType('harbour.identification.reasonable-grounds.decided.v1', journeyId, { nrmReferralId, decision: 'positive', decidedAt }, decidedAt));
    const waiting = await testbed.until(journeyId, 'two facts taken', (state) => state.factsSeen === 2);
    expect(waiting).toMatchObject({ obligations: [], referrals: [], openedBy: 'be-labour-inspectorate' });
    expect(waiting.waitingForCountry).toEqual(expect.arrayContaining(['nrm-reasonable-grounds', 'cets-10-no-removal', 'cets-13-recovery-period', 'atd-11-assistance']));

    await testbed.send(doors['helpline self-referral'].fact(journeyId, iso(start + 2 * MINUTE), { region: 'BE-VLG' }));
    const state = await testbed.until(journeyId, 'clocks opened with the country', (current) => current.factsSeen === 3 && current.referrals.length === 1);
    expect(state).toMatchObject({ country: 'BE', region: 'BE-VLG', waitingForCountry: [] });
    const grounds = state.obligations.find((o) => o.ruleId === 'nrm-reasonable-grounds');
    expect(grounds).toMatchObject({ status: 'met', openedAt: iso(start), closedAt: decidedAt });
    expect(state.obligations.find((o) => o.ruleId === 'cets-13-recovery-period')).toMatchObject({ status: 'open', openedAt: decidedAt });
  });

  it("counts a protection door's working days in its region's calendar: All Saints is a holiday in Bavaria, not in Berlin", async () => {
    // Thursday 28 October 2027, 10:00 in Germany, summer time; the clocks go back on Sunday 31 October.
    const at = '2027-10-28T08:00:00.000Z';
    const assessmentDue = async (region: string) => {
      const journeyId = testbed.newJourneyId();
      await testbed.send(doors['protection measure'].fact(journeyId, at, { country: 'DE', region, language: 'ro' }));
      const state = await testbed.until(journeyId, 'the assessment clock open', (current) => current.obligations.some((o) => o.ruleId === 'vrd-22-individual-assessment'));
      expect(state).toMatchObject({ country: 'DE', region, language: 'ro', openedBy: 'be-police-antwerp' });
      return state.obligations.find((o) => o.ruleId === 'vrd-22-individual-assessment')?.dueAt;
    };
    // Five working days from Friday 29 October, skipping Monday 1 November in Bavaria; each ends at midnight winter time.
    expect(await assessmentDue('DE-BY')).toBe('2027-11-05T22:59:59.999Z');
    expect(await assessmentDue('DE-BE')).toBe('2027-11-04T22:59:59.999Z');
  });

  it('refuses a fact that opens no journey for a journey nobody opened, and starts none', async () => {
    const journeyId = testbed.newJourneyId();
    const at = await clocks.now();
    const bareMilestone = doors['justice milestone'].fact(journeyId, at, {});
    delete (bareMilestone.data as Record<string, unknown>).actingOrganisationId;
    await expect(testbed.send(bareMilestone)).rejects.toThrow(RecordRefusedError);
    await expect(testbed.send(factOfType('harbour.support.referral.accepted.v1', journeyId, { referralId: randomUUID(), organisationId: 'be-payoke', acceptedAt: at }, at))).rejects.toThrow(
      /no journey .* is open, and a harbour.support.referral.accepted.v1 does not open one/,
    );
    await expect(testbed.state(journeyId)).rejects.toThrow();
  });
});
