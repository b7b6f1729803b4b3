import { randomUUID } from 'node:crypto';
import { waitFor } from '@harbour/testing';
import { brusselsInstant, inBrussels } from './support/brussels-time';
import { DAY, iso, JourneyClocks, MINUTE } from './support/journey-clocks';
import { dueAtOf, findObligation, obligationOf } from './support/journey-state';
import { HOUR, JourneyTestbed } from './support/journey-testbed';

// Interpretation before a hearing, a complaint about a crime abroad, and the non-punishment notice.
describe('VictimJourney clocks of the proceedings', () => {
  let testbed: JourneyTestbed;
  let clocks: JourneyClocks;
  beforeAll(async () => ({ testbed, clocks } = await JourneyClocks.start(['be-payoke', 'be-pag-asa'])));
  afterAll(() => testbed?.teardown());

  describe('vrd-7 interpretation', () => {
    /** A hearing at 10:00 Brussels time on a Wednesday about three weeks away. */
    async function hearingIn3Weeks(journeyId: string, interpreterNeeded: boolean) {
      const today = new Date(await testbed.now());
      const daysToWednesday = (3 - today.getUTCDay() + 7) % 7 || 7;
      const hearingDate = iso(today.getTime() + (daysToWednesday + 14) * DAY).slice(0, 10);
      const scheduledFor = iso(brusselsInstant(hearingDate, 10));
      const hearingId = randomUUID();
      await clocks.send(journeyId, 'harbour.justice.hearing.scheduled.v1', (now) => ({ hearingId, scheduledFor, interpreterNeeded, recordedAt: now }));
      return { hearingId, scheduledFor };
    }

    it('an interpreter not booked 5 working days before the hearing is missed, and published', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
      const { hearingId, scheduledFor } = await hearingIn3Weeks(journeyId, true);
      const state = await clocks.statusBecomes(journeyId, 'vrd-7-interpretation#1', 'open');
      expect(obligationOf(state, 'vrd-7-interpretation#1')).toMatchObject({ subjectKey: hearingId, legalBasis: 'Directive 2012/29/EU Art 7' });
      // Counted back from the hearing: the end of the fifth working day before it, a week or more earlier.
      const dueAt = dueAtOf(state, 'vrd-7-interpretation#1');
      expect(inBrussels(dueAt)).toMatch(/^(Monday|Tuesday|Wednesday|Thursday|Friday) .* 23:59:59\.999$/);
      expect(Date.parse(scheduledFor) - Date.parse(dueAt)).toBeGreaterThan(6 * DAY);

      await clocks.skipTo(Date.parse(dueAt) - MINUTE);
      expect(obligationOf(await testbed.state(journeyId), 'vrd-7-interpretation#1').status).toBe('open');
      await testbed.skip(2 * MINUTE);
      await clocks.statusBecomes(journeyId, 'vrd-7-interpretation#1', 'missed');
      await clocks.publishedAs(journeyId, 'vrd-7-interpretation#1', 'missed');
    });

    it('a booking in time meets it with the booking as evidence; a hearing without a language need opens nothing', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
      const { hearingId } = await hearingIn3Weeks(journeyId, true);
      const opened = await clocks.statusBecomes(journeyId, 'vrd-7-interpretation#1', 'open');
      await hearingIn3Weeks(journeyId, false);
      await testbed.skip(2 * DAY);
      const bookingId = randomUUID();
      const bookedAt = await clocks.send(journeyId, 'harbour.justice.interpretation.booked.v1', (now) => ({ hearingId, bookingId, bookedAt: now }));

      const met = await clocks.statusBecomes(journeyId, 'vrd-7-interpretation#1', 'met');
      expect(obligationOf(met, 'vrd-7-interpretation#1')).toMatchObject({
        closedAt: bookedAt,
        evidence: `interpretation booked: hearingId ${hearingId}, bookingId ${bookingId}`,
      });
      expect(findObligation(met, 'vrd-7-interpretation#2')).toBeUndefined();
      await clocks.skipTo(Date.parse(dueAtOf(opened, 'vrd-7-interpretation#1')) + HOUR);
      expect(clocks.outcomesOf(journeyId, 'vrd-7-interpretation#1')).toEqual(['met']);
    });
  });

  describe('vrd-17 complaint about a crime in another Member State', () => {
    it('is passed on within 5 working days: the transmission meets it, a complaint about a crime at home opens nothing', async () => {
      const { journeyId, reportId, state } = await clocks.journeyFromReport({ crimeCountry: 'RO', crimeAbroad: true });
      const complaint = obligationOf(state, 'vrd-17-cross-border-complaint#1');
      expect(complaint).toMatchObject({ subjectKey: reportId, legalBasis: 'Directive 2012/29/EU Art 17' });
      expect(inBrussels(dueAtOf(state, 'vrd-17-cross-border-complaint#1'))).toMatch(/ 23:59:59\.999$/);
      expect(Date.parse(dueAtOf(state, 'vrd-17-cross-border-complaint#1')) - Date.parse(complaint.openedAt)).toBeGreaterThanOrEqual(5 * DAY);

      const home = await clocks.journeyFromReport({ crimeCountry: 'BE', crimeAbroad: false });
      expect(findObligation(home.state, 'vrd-17-cross-border-complaint#1')).toBeUndefined();

      await testbed.skip(DAY);
      const transmissionId = randomUUID();
      await clocks.send(journeyId, 'harbour.reporting.complaint.transmitted.v1', (now) => ({ reportId, transmissionId, toCountry: 'RO', transmittedAt: now }));
      const met = await clocks.statusBecomes(journeyId, 'vrd-17-cross-border-complaint#1', 'met');
      expect(obligationOf(met, 'vrd-17-cross-border-complaint#1').evidence).toBe(
        `complaint transmitted: reportId ${reportId}, transmissionId ${transmissionId}, toCountry RO`,
      );
      await clocks.publishedAs(journeyId, 'vrd-17-cross-border-complaint#1', 'met');
    });

    it('is missed when nobody passes it on', async () => {
      const { journeyId, state } = await clocks.journeyFromReport({ crimeCountry: 'FR', crimeAbroad: true });
      await clocks.skipTo(Date.parse(dueAtOf(state, 'vrd-17-cross-border-complaint#1')) + MINUTE);
      await clocks.statusBecomes(journeyId, 'vrd-17-cross-border-complaint#1', 'missed');
      await clocks.publishedAs(journeyId, 'vrd-17-cross-border-complaint#1', 'missed');
    });
  });

  describe('atd-8 non-punishment', () => {
    async function flagged(journeyId: string) {
      const flagId = randomUUID();
      const flaggedAt = await clocks.send(journeyId, 'harbour.identification.non-punishment.flagged.v1', (now) => ({ flagId, flaggedAt: now }));
      const state = await clocks.statusBecomes(journeyId, 'atd-8-non-punishment#1', 'open');
      return { flagId, flaggedAt, state };
    }

    it('the prosecution told within a working day meets it', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
      const { flagId, state } = await flagged(journeyId);
      expect(obligationOf(state, 'atd-8-non-punishment#1')).toMatchObject({ subjectKey: flagId, legalBasis: expect.stringContaining('Art 8') });
      await testbed.skip(3 * HOUR);
      const notifiedAt = await clocks.send(journeyId, 'harbour.justice.non-punishment.notified.v1', (now) => ({ flagId, notifiedAt: now }));
      const met = await clocks.statusBecomes(journeyId, 'atd-8-non-punishment#1', 'met');
      expect(obligationOf(met, 'atd-8-non-punishment#1')).toMatchObject({ closedAt: notifiedAt, evidence: `non-punishment notified: flagId ${flagId}` });
      await clocks.skipTo(Date.parse(dueAtOf(state, 'atd-8-non-punishment#1')) + HOUR);
      expect(clocks.outcomesOf(journeyId, 'atd-8-non-punishment#1')).toEqual(['met']);
    });

    it('is missed at the end of the next working day when the prosecution was not told', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
      const { state } = await flagged(journeyId);
      const dueAt = dueAtOf(state, 'atd-8-non-punishment#1');
      expect(inBrussels(dueAt)).toMatch(/ 23:59:59\.999$/);
      await clocks.skipTo(Date.parse(dueAt) + MINUTE);
      await clocks.statusBecomes(journeyId, 'atd-8-non-punishment#1', 'missed');
      await clocks.publishedAs(journeyId, 'atd-8-non-punishment#1', 'missed');
    });
  });
  describe('vrd-6 with a notice only queued', () => {
    it('an SMS handed to the provider and never delivered is missed as queued without receipt, and a task for the prosecutor liaison', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
      const milestoneId = randomUUID();
      await clocks.send(journeyId, 'harbour.justice.proceeding-milestone.recorded.v1', (now) => ({ milestoneId, milestone: 'charges-brought', recordedAt: now }));
      const queuedAt = await clocks.send(journeyId, 'harbour.justice.victim-notification.queued.v1', (now) => ({ milestoneId, channel: 'sms', language: 'ro', queuedAt: now }));
      const queued = await testbed.until(journeyId, 'the queued notice noted', (state) => obligationOf(state, 'vrd-6-case-update#1').marks?.length === 1);
      expect(obligationOf(queued, 'vrd-6-case-update#1')).toMatchObject({ status: 'open', marks: [{ mark: 'queued', at: queuedAt }] });

      await clocks.skipTo(Date.parse(dueAtOf(queued, 'vrd-6-case-update#1')) + MINUTE);
      const missed = await clocks.statusBecomes(journeyId, 'vrd-6-case-update#1', 'missed');
      expect(obligationOf(missed, 'vrd-6-case-update#1')).toMatchObject({
        reasonCode: 'queued-without-receipt',
        evidence: `handed to a provider at ${queuedAt}; no delivery receipt by the due time`,
      });
      const tasksOfUpdate = () => testbed.journeyActivities.tasksOf(journeyId).filter((task) => task.obligationId === 'vrd-6-case-update#1');
      const tasks = await waitFor(() => tasksOfUpdate().length === 2 && tasksOfUpdate(), { description: 'the tasks raised' });
      expect(tasks.map(({ kind, forRole }) => ({ kind, forRole }))).toEqual([
        { kind: 'evidence-awaited', forRole: 'prosecutor-liaison' },
        { kind: 'notify-operations', forRole: 'operations-analyst' },
      ]);
    });
  });
});
