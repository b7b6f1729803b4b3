import { randomUUID } from 'node:crypto';
import { DAY, iso, JourneyClocks, MINUTE } from './support/journey-clocks';
import { dueAtOf, findObligation, obligationOf } from './support/journey-state';
import { HOUR, JourneyTestbed } from './support/journey-testbed';
import { firstWorkingDayFrom } from './support/working-day';

/** `YYYY-MM-DD` of an instant in Amsterdam (which keeps Central European time). */
const inAmsterdam = (instant: string | number) => new Date(instant).toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' });

// The national application window and decision, and the steps of Directive 2004/80/EC.
describe('VictimJourney clocks of compensation', () => {
  let testbed: JourneyTestbed;
  let clocks: JourneyClocks;
  beforeAll(async () => ({ testbed, clocks } = await JourneyClocks.start(['nl-comensha', 'nl-fairwork'])));
  afterAll(() => testbed?.teardown());

  describe('in the Netherlands: apply within three years of the crime, decided within eight weeks', () => {
    it('reminds 90 and 30 days before the window closes; a complete claim meets it and opens the decision, missed after 8 weeks', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false, country: 'NL' });
      // A crime three years ago less 100 days: the window closes in about 100 days.
      const now = await testbed.now();
      const crimeDate = new Date(now - 3 * 365 * DAY + 100 * DAY);
      crimeDate.setUTCHours(0, 0, 0, 0);
      const claimId = randomUUID();
      await clocks.send(journeyId, 'harbour.compensation.claim.opened.v1', (openedAt) => ({ claimId, scheme: 'state-fund', crimeDate: crimeDate.toISOString(), openedAt }));
      const opened = await clocks.statusBecomes(journeyId, 'comp-application-window#1', 'open');
      const window = obligationOf(opened, 'comp-application-window#1');
      expect(window).toMatchObject({ subjectKey: claimId, rulePack: 'nl@1', basis: 'law' });
      // Three calendar years on, at the end of that day in Amsterdam, or of the next working day (Regulation 1182/71 Art 3(4)).
      const closes = dueAtOf(opened, 'comp-application-window#1');
      const anniversary = `${crimeDate.getUTCFullYear() + 3}${crimeDate.toISOString().slice(4, 10)}`;
      expect(inAmsterdam(closes)).toBe(`${firstWorkingDayFrom(anniversary, 'NL')} 23:59:59`);

      await clocks.skipTo(Date.parse(closes) - 89 * DAY);
      const first = await testbed.until(journeyId, 'the 90-day reminder', (state) => obligationOf(state, 'comp-application-window#1').remindedAt?.length === 1);
      expect(inAmsterdam(obligationOf(first, 'comp-application-window#1').remindedAt?.[0] ?? '')).toMatch(/ 23:59:59$/);
      await clocks.skipTo(Date.parse(closes) - 29 * DAY);
      await testbed.until(journeyId, 'the 30-day reminder', (state) => obligationOf(state, 'comp-application-window#1').remindedAt?.length === 2);

      const submittedAt = await clocks.send(journeyId, 'harbour.compensation.claim.submitted.v1', (now) => ({ claimId, submittedAt: now, complete: true }));
      const submitted = await clocks.statusBecomes(journeyId, 'comp-application-window#1', 'met');
      expect(obligationOf(submitted, 'comp-application-window#1').evidence).toBe(`claim submitted: claimId ${claimId}, complete true`);
      const decision = await clocks.statusBecomes(journeyId, 'comp-decision#1', 'open');
      expect(obligationOf(decision, 'comp-decision#1')).toMatchObject({ subjectKey: claimId, rulePack: 'nl@1' });
      expect(inAmsterdam(dueAtOf(decision, 'comp-decision#1')).slice(0, 10)).toBe(firstWorkingDayFrom(inAmsterdam(Date.parse(submittedAt) + 56 * DAY).slice(0, 10), 'NL'));

      await clocks.skipTo(Date.parse(dueAtOf(decision, 'comp-decision#1')) + MINUTE);
      await clocks.statusBecomes(journeyId, 'comp-decision#1', 'missed');
      await clocks.publishedAs(journeyId, 'comp-decision#1', 'missed');
      expect(clocks.outcomesOf(journeyId, 'comp-application-window#1')).toEqual(['met']);
    });

    it('a window that closed years ago is missed at once; an incomplete claim opens no decision clock', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false, country: 'NL' });
      const claimId = randomUUID();
      await clocks.send(journeyId, 'harbour.compensation.claim.opened.v1', (now) => ({ claimId, scheme: 'dedicated-fund', crimeDate: '2020-06-01T00:00:00.000Z', openedAt: now }));
      await clocks.statusBecomes(journeyId, 'comp-application-window#1', 'missed');
      await clocks.publishedAs(journeyId, 'comp-application-window#1', 'missed');

      await clocks.send(journeyId, 'harbour.compensation.claim.submitted.v1', (now) => ({ claimId, submittedAt: now, complete: false }));
      await testbed.skip(HOUR);
      expect(findObligation(await testbed.state(journeyId), 'comp-decision#1')).toBeUndefined();
    });
  });

  describe('a cross-border application (Directive 2004/80/EC)', () => {
    it('transmitted within 10 working days, then acknowledged: each step meets its clock', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
      const claimId = randomUUID();
      await clocks.send(journeyId, 'harbour.compensation.cross-border-application.received.v1', (now) => ({
        claimId,
        assistingCountry: 'BE',
        decidingCountry: 'ES',
        receivedAt: now,
      }));
      const received = await clocks.statusBecomes(journeyId, 'comp-2004-80-transmit#1', 'open');
      expect(obligationOf(received, 'comp-2004-80-transmit#1')).toMatchObject({ subjectKey: claimId, legalBasis: 'Directive 2004/80/EC Art 6' });
      expect(Date.parse(dueAtOf(received, 'comp-2004-80-transmit#1')) - Date.parse(obligationOf(received, 'comp-2004-80-transmit#1').openedAt)).toBeGreaterThanOrEqual(12 * DAY);

      await testbed.skip(4 * DAY);
      const transmittedAt = await clocks.send(journeyId, 'harbour.compensation.application.transmitted.v1', (now) => ({ claimId, transmittedAt: now }));
      const transmitted = await clocks.statusBecomes(journeyId, 'comp-2004-80-acknowledge#1', 'open');
      expect(obligationOf(transmitted, 'comp-2004-80-transmit#1')).toMatchObject({ status: 'met', closedAt: transmittedAt, evidence: `application transmitted: claimId ${claimId}` });
      expect(Date.parse(dueAtOf(transmitted, 'comp-2004-80-acknowledge#1')) - Date.parse(transmittedAt)).toBeGreaterThanOrEqual(19 * DAY);

      await testbed.skip(10 * DAY);
      const estimatedDecisionBy = iso((await testbed.now()) + 180 * DAY);
      await clocks.send(journeyId, 'harbour.compensation.application.acknowledged.v1', (now) => ({ claimId, acknowledgedAt: now, estimatedDecisionBy }));
      const acknowledged = await clocks.statusBecomes(journeyId, 'comp-2004-80-acknowledge#1', 'met');
      expect(obligationOf(acknowledged, 'comp-2004-80-acknowledge#1').evidence).toBe(
        `application acknowledged: claimId ${claimId}, estimatedDecisionBy ${estimatedDecisionBy}`,
      );
      expect(clocks.outcomesOf(journeyId, 'comp-2004-80-transmit#1')).toEqual(['met']);
    });

    it('a deciding authority silent for 15 working days is missed and chased', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
      const claimId = randomUUID();
      await clocks.send(journeyId, 'harbour.compensation.cross-border-application.received.v1', (now) => ({
        claimId,
        assistingCountry: 'BE',
        decidingCountry: 'IT',
        receivedAt: now,
      }));
      await clocks.statusBecomes(journeyId, 'comp-2004-80-transmit#1', 'open');
      await clocks.send(journeyId, 'harbour.compensation.application.transmitted.v1', (now) => ({ claimId, transmittedAt: now }));
      const transmitted = await clocks.statusBecomes(journeyId, 'comp-2004-80-acknowledge#1', 'open');

      await clocks.skipTo(Date.parse(dueAtOf(transmitted, 'comp-2004-80-acknowledge#1')) + MINUTE);
      await clocks.statusBecomes(journeyId, 'comp-2004-80-acknowledge#1', 'missed');
      await clocks.publishedAs(journeyId, 'comp-2004-80-acknowledge#1', 'missed');
      await testbed.until(journeyId, 'the deciding authority chased', () => testbed.compensation.chases.some((chase) => chase.claimId === claimId));
      expect(testbed.compensation.chases.filter((chase) => chase.claimId === claimId)).toEqual([{ journeyId, claimId }]);
    });
  });
});
