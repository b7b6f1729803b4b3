import {
  AgeUncertainRecordedEvent,
  AssessmentCompletedEvent,
  ComplaintAcknowledgedEvent,
  ConclusiveGroundsDecidedEvent,
  RemovalRecordedEvent,
  GroundsDecision,
  GuardianAppointedEvent,
  NrmReferralSubmittedEvent,
  NotificationPreferencesRecordedEvent,
  ObligationView,
  ProceedingMilestone,
  ProceedingMilestoneRecordedEvent,
  ProtectionOrderExpiringEvent,
  ProtectionOrderIssuedEvent,
  ProtectionOrderRevokedEvent,
  ProtectionOrderRenewalDecidedEvent,
  ReasonableGroundsDecidedEvent,
  RecoveryPeriodExtendedEvent,
  ReportReceived,
  VictimInformationProvidedEvent,
  VictimNotificationDeliveredEvent,
} from '@harbour/contracts';
import { randomUUID } from 'node:crypto';
import { brusselsInstant, inBrussels } from './support/brussels-time';
import { fact, referralAccepted, reportReceived } from './support/journey-facts';
import { HOUR, JourneyTestbed } from './support/journey-testbed';
import { JourneyClocks } from './support/journey-clocks';
import { dueAtOf, obligationOf } from './support/journey-state';
import { firstWorkingDayFrom } from './support/working-day';

const MINUTE = 60_000;
const DAY = 24 * HOUR;

const iso = (instant: number) => new Date(instant).toISOString();
/** A calendar date some days after another, both `YYYY-MM-DD`. */
const dateAfter = (date: string, days: number) => iso(Date.parse(`${date}T00:00:00.000Z`) + days * DAY).slice(0, 10);

// Legal clocks that facts open, meet or let the victim decline, by the journey's obligation table.
describe('VictimJourney legal clocks driven by facts', () => {
  let testbed: JourneyTestbed;

  beforeAll(async () => {
    testbed = await JourneyTestbed.start();
  });
  afterAll(() => testbed?.teardown());

  beforeEach(() => {
    testbed.support.organisations = ['be-payoke', 'be-pag-asa', 'be-surya'];
  });

  const clocks = () => new JourneyClocks(testbed);
  const now = () => clocks().now();
  const skipTo = (instant: number) => clocks().skipTo(instant);
  const outcomesOf = (journeyId: string, obligationId: string) => clocks().outcomesOf(journeyId, obligationId);
  const statusBecomes = (journeyId: string, obligationId: string, status: ObligationView['status']) => clocks().statusBecomes(journeyId, obligationId, status);
  const publishedAs = (journeyId: string, obligationId: string, outcome: ObligationView['status']) => clocks().publishedAs(journeyId, obligationId, outcome);
  const journeyFromReport = (report: Partial<ReportReceived> = {}) => clocks().journeyFromReport(report);

  async function milestone(journeyId: string, kind: ProceedingMilestone) {
    const milestoneId = randomUUID();
    const recordedAt = await now();
    await testbed.send(fact(ProceedingMilestoneRecordedEvent, journeyId, { milestoneId, milestone: kind, recordedAt }, recordedAt));
    return { milestoneId, recordedAt };
  }

  describe('vrd-4 information from first contact', () => {
    it('information given in the victim\'s language within 24 h meets it and stops its clock', async () => {
      const { journeyId, state } = await journeyFromReport();
      const dueAt = dueAtOf(state, 'vrd-4-information#1');
      await testbed.skip(3 * HOUR);
      const informationId = randomUUID();
      const providedAt = await now();
      await testbed.send(fact(VictimInformationProvidedEvent, journeyId, { informationId, language: 'ro', channel: 'in-person', providedAt }, providedAt));

      const met = await statusBecomes(journeyId, 'vrd-4-information#1', 'met');
      expect(obligationOf(met, 'vrd-4-information#1')).toMatchObject({
        closedAt: providedAt,
        evidence: `victim-information provided: informationId ${informationId}, channel in-person, language ro`,
      });
      await publishedAs(journeyId, 'vrd-4-information#1', 'met');

      await skipTo(Date.parse(dueAt) + HOUR);
      expect(obligationOf(await testbed.state(journeyId), 'vrd-4-information#1').status).toBe('met');
      expect(outcomesOf(journeyId, 'vrd-4-information#1')).toEqual(['met']);
    });
  });

  describe('vrd-5 acknowledgement of a complaint', () => {
    it('each complaint has its own clock: the acknowledged one is met, the other is missed at the end of the next working day', async () => {
      const { journeyId, reportId } = await journeyFromReport();
      const second = reportReceived(journeyId, { receivedAt: await now(), formalComplaint: true });
      await testbed.send(second);
      const opened = await statusBecomes(journeyId, 'vrd-5-acknowledgement#2', 'open');
      expect(obligationOf(opened, 'vrd-5-acknowledgement#1').subjectKey).toBe(reportId);
      expect(obligationOf(opened, 'vrd-5-acknowledgement#2').subjectKey).toBe((second.data as ReportReceived).reportId);

      const acknowledgedAt = await now();
      await testbed.send(fact(ComplaintAcknowledgedEvent, journeyId, { reportId, language: 'ro', acknowledgedAt }, acknowledgedAt));
      const met = await statusBecomes(journeyId, 'vrd-5-acknowledgement#1', 'met');
      expect(obligationOf(met, 'vrd-5-acknowledgement#1').evidence).toBe(`complaint acknowledged: reportId ${reportId}, language ro`);
      expect(obligationOf(met, 'vrd-5-acknowledgement#2').status).toBe('open');

      const dueAt = dueAtOf(met, 'vrd-5-acknowledgement#2');
      expect(inBrussels(dueAt)).toMatch(/ 23:59:59\.999$/);
      await skipTo(Date.parse(dueAt) - MINUTE);
      expect(obligationOf(await testbed.state(journeyId), 'vrd-5-acknowledgement#2').status).toBe('open');
      await testbed.skip(2 * MINUTE);
      await statusBecomes(journeyId, 'vrd-5-acknowledgement#2', 'missed');
      await publishedAs(journeyId, 'vrd-5-acknowledgement#2', 'missed');
      expect(outcomesOf(journeyId, 'vrd-5-acknowledgement#1')).toEqual(['met']);
    });
  });

  describe('vrd-22 individual assessment', () => {
    it('opens from first contact and is missed, and published, 5 working days later', async () => {
      const { journeyId, state } = await journeyFromReport({ formalComplaint: false });
      const assessment = obligationOf(state, 'vrd-22-individual-assessment#1');
      expect(assessment).toMatchObject({ legalBasis: 'Directive 2012/29/EU Art 22', rulePack: 'eu-baseline@1' });
      const dueAt = dueAtOf(state, 'vrd-22-individual-assessment#1');
      expect(Date.parse(dueAt) - Date.parse(assessment.openedAt)).toBeGreaterThanOrEqual(5 * DAY);

      await skipTo(Date.parse(dueAt) - MINUTE);
      expect(obligationOf(await testbed.state(journeyId), 'vrd-22-individual-assessment#1').status).toBe('open');
      await testbed.skip(2 * MINUTE);
      await statusBecomes(journeyId, 'vrd-22-individual-assessment#1', 'missed');
      await publishedAs(journeyId, 'vrd-22-individual-assessment#1', 'missed');
    });

    it('an assessment completed in time meets it with its risk level as evidence', async () => {
      const { journeyId, state } = await journeyFromReport({ formalComplaint: false });
      await testbed.skip(2 * DAY);
      const assessmentId = randomUUID();
      const completedAt = await now();
      await testbed.send(fact(AssessmentCompletedEvent, journeyId, { assessmentId, riskLevel: 'very-high', completedAt }, completedAt));
      const met = await statusBecomes(journeyId, 'vrd-22-individual-assessment#1', 'met');
      expect(obligationOf(met, 'vrd-22-individual-assessment#1').evidence).toBe(
        `assessment completed: assessmentId ${assessmentId}, riskLevel very-high`,
      );
      await publishedAs(journeyId, 'vrd-22-individual-assessment#1', 'met');

      await skipTo(Date.parse(dueAtOf(state, 'vrd-22-individual-assessment#1')) + HOUR);
      expect(outcomesOf(journeyId, 'vrd-22-individual-assessment#1')).toEqual(['met']);
    });
  });

  describe('vrd-6 information about the proceedings', () => {
    it('a release of the offender is told to the victim within 4 hours or is missed', async () => {
      const { journeyId } = await journeyFromReport({ formalComplaint: false });
      const { milestoneId, recordedAt } = await milestone(journeyId, 'offender-released');
      const opened = await statusBecomes(journeyId, 'vrd-6-release-escape#1', 'open');
      expect(obligationOf(opened, 'vrd-6-release-escape#1')).toMatchObject({
        subjectKey: milestoneId,
        legalBasis: 'Directive 2012/29/EU Art 6(5)',
        dueAt: iso(Date.parse(recordedAt) + 4 * HOUR),
      });

      await testbed.skip(4 * HOUR - MINUTE);
      expect(obligationOf(await testbed.state(journeyId), 'vrd-6-release-escape#1').status).toBe('open');
      await testbed.skip(2 * MINUTE);
      await statusBecomes(journeyId, 'vrd-6-release-escape#1', 'missed');
      await publishedAs(journeyId, 'vrd-6-release-escape#1', 'missed');
    });

    it('telling the victim that charges were brought within a working day meets the case update and stops its clock', async () => {
      const { journeyId } = await journeyFromReport({ formalComplaint: false });
      const { milestoneId } = await milestone(journeyId, 'charges-brought');
      const opened = await statusBecomes(journeyId, 'vrd-6-case-update#1', 'open');
      await testbed.skip(2 * HOUR);
      const deliveredAt = await now();
      await testbed.send(fact(VictimNotificationDeliveredEvent, journeyId, { milestoneId, channel: 'phone', language: 'ro', deliveredAt }, deliveredAt));

      const met = await statusBecomes(journeyId, 'vrd-6-case-update#1', 'met');
      expect(obligationOf(met, 'vrd-6-case-update#1')).toMatchObject({
        closedAt: deliveredAt,
        evidence: `victim-notification delivered: milestoneId ${milestoneId}, channel phone, language ro`,
      });
      await publishedAs(journeyId, 'vrd-6-case-update#1', 'met');
      await skipTo(Date.parse(dueAtOf(opened, 'vrd-6-case-update#1')) + HOUR);
      expect(outcomesOf(journeyId, 'vrd-6-case-update#1')).toEqual(['met']);
    });

    it('a victim who asked for no case updates gets none and the obligation closes as declined by the victim', async () => {
      const { journeyId } = await journeyFromReport({ formalComplaint: false });
      await milestone(journeyId, 'case-opened');
      const opened = await statusBecomes(journeyId, 'vrd-6-case-update#1', 'open');

      const recordedAt = await now();
      await testbed.send(
        fact(NotificationPreferencesRecordedEvent, journeyId, { wantsCaseUpdates: false, wantsReleaseNotices: true, language: 'ro', recordedAt }, recordedAt),
      );
      const declined = await statusBecomes(journeyId, 'vrd-6-case-update#1', 'declined-by-victim');
      expect(obligationOf(declined, 'vrd-6-case-update#1')).toMatchObject({ closedAt: recordedAt, evidence: `the victim asked on ${recordedAt} not to be told` });

      await milestone(journeyId, 'final-judgement');
      await milestone(journeyId, 'offender-escaped');
      const later = await statusBecomes(journeyId, 'vrd-6-release-escape#1', 'open');
      expect(obligationOf(later, 'vrd-6-case-update#2')).toMatchObject({ status: 'declined-by-victim', evidence: `the victim asked on ${recordedAt} not to be told` });

      await skipTo(Date.parse(dueAtOf(opened, 'vrd-6-case-update#1')) + DAY);
      const after = await testbed.state(journeyId);
      expect(after.obligations.filter((o) => o.ruleId === 'vrd-6-case-update').map((o) => o.status)).toEqual(['declined-by-victim', 'declined-by-victim']);
      // Published like every outcome, with its reason code: declined, never met nor missed.
      const published = testbed.journeyActivities.outcomesOf(journeyId).filter((command) => command.fact.ruleId === 'vrd-6-case-update');
      expect(published.map(({ outcome, fact: { obligationId, reasonCode } }) => ({ outcome, obligationId, reasonCode })).sort((a, b) => a.obligationId.localeCompare(b.obligationId))).toEqual([
        { outcome: 'declined-by-victim', obligationId: 'vrd-6-case-update#1', reasonCode: 'victim-declined' },
        { outcome: 'declined-by-victim', obligationId: 'vrd-6-case-update#2', reasonCode: 'victim-declined' },
      ]);
      // Release notices, which the victim still wants, keep their clock.
      expect(obligationOf(after, 'vrd-6-release-escape#1').status).toBe('missed');
    });
  });

  describe('protection order expiry', () => {
    /** An order issued now for a victim in Belgium, ending at noon Brussels time in `days` days. */
    async function orderEndingIn(journeyId: string, days: number) {
      const start = await testbed.now();
      const endDate = dateAfter(iso(start).slice(0, 10), days);
      const order = { orderId: randomUUID(), kind: 'national-protection-order' as const, startsAt: iso(start), endsAt: iso(brusselsInstant(endDate, 12)) };
      await testbed.send(fact(ProtectionOrderIssuedEvent, journeyId, order, order.startsAt));
      const state = await statusBecomes(journeyId, 'protection-order-expiry#1', 'open');
      return { order, endDate, state };
    }

    it('a protection order ending in 10 days reminds 7 and 2 days before and, with no renewal asked for, ends on its end date: ended, not missed', async () => {
      const { journeyId } = await journeyFromReport({ formalComplaint: false });
      const { order, endDate, state } = await orderEndingIn(journeyId, 10);
      expect(obligationOf(state, 'protection-order-expiry#1')).toMatchObject({ subjectKey: order.orderId, openedAt: order.startsAt });
      expect(inBrussels(dueAtOf(state, 'protection-order-expiry#1'))).toMatch(new RegExp(`${endDate} 23:59:59\\.999$`));

      await skipTo(brusselsInstant(dateAfter(endDate, -7), 12));
      expect(obligationOf(await testbed.state(journeyId), 'protection-order-expiry#1').remindedAt).toBeUndefined();
      await skipTo(brusselsInstant(dateAfter(endDate, -6), 12));
      const first = await testbed.until(journeyId, 'the 7-day reminder', (current) => obligationOf(current, 'protection-order-expiry#1').remindedAt?.length === 1);
      expect(inBrussels(obligationOf(first, 'protection-order-expiry#1').remindedAt?.[0] ?? '')).toMatch(new RegExp(`${dateAfter(endDate, -7)} 23:59:59\\.999$`));

      await skipTo(brusselsInstant(dateAfter(endDate, -1), 12));
      const second = await testbed.until(journeyId, 'the 2-day reminder', (current) => obligationOf(current, 'protection-order-expiry#1').remindedAt?.length === 2);
      expect(inBrussels(obligationOf(second, 'protection-order-expiry#1').remindedAt?.[1] ?? '')).toMatch(new RegExp(`${dateAfter(endDate, -2)} 23:59:59\\.999$`));
      expect(obligationOf(second, 'protection-order-expiry#1').status).toBe('open');
      // Each reminder is a task for the protection officers, with the order's end as its due time.
      expect(testbed.journeyActivities.tasksOf(journeyId).filter((task) => task.ruleId === 'protection-order-expiry')).toEqual(
        obligationOf(second, 'protection-order-expiry#1').remindedAt?.map((at) => ({
          obligationId: 'protection-order-expiry#1', ruleId: 'protection-order-expiry', kind: 'reminder', forRole: 'protection-officer', dueAt: dueAtOf(state, 'protection-order-expiry#1'), at,
        })),
      );

      await skipTo(brusselsInstant(dateAfter(endDate, 1), 12));
      const ended = await statusBecomes(journeyId, 'protection-order-expiry#1', 'ended');
      expect(obligationOf(ended, 'protection-order-expiry#1')).toMatchObject({ reasonCode: 'order-ended-on-its-date' });
      await testbed.until(journeyId, 'the end published', () => outcomesOf(journeyId, 'protection-order-expiry#1').includes('ended'));
      expect(outcomesOf(journeyId, 'protection-order-expiry#1')).toEqual(['ended']);
    });

    it('an order whose renewal was asked for and never decided is missed at its end date', async () => {
      const { journeyId } = await journeyFromReport({ formalComplaint: false });
      const { order } = await orderEndingIn(journeyId, 10);
      await testbed.skip(3 * DAY);
      const remindedAt = await now();
      await testbed.send(fact(ProtectionOrderExpiringEvent, journeyId, { orderId: order.orderId, endsAt: order.endsAt, remindedAt }, remindedAt));
      await testbed.until(journeyId, 'renewal due noted', (state) => obligationOf(state, 'protection-order-expiry#1').marks?.length === 1);
      await skipTo(Date.parse(order.endsAt) + DAY);
      const missed = await statusBecomes(journeyId, 'protection-order-expiry#1', 'missed');
      expect(obligationOf(missed, 'protection-order-expiry#1')).toMatchObject({ reasonCode: 'renewal-not-decided', evidence: `renewal to be decided from ${remindedAt}; no decision by the end date` });
      await publishedAs(journeyId, 'protection-order-expiry#1', 'missed');
    });

    it('a revoked order closes as revoked, with the reason, and is never missed', async () => {
      const { journeyId } = await journeyFromReport({ formalComplaint: false });
      const { order } = await orderEndingIn(journeyId, 10);
      await testbed.skip(DAY);
      const revokedAt = await now();
      await testbed.send(fact(ProtectionOrderRevokedEvent, journeyId, { orderId: order.orderId, reason: ProtectionOrderRevokedEvent.example.reason, revokedAt }, revokedAt));
      const revoked = await statusBecomes(journeyId, 'protection-order-expiry#1', 'revoked');
      expect(obligationOf(revoked, 'protection-order-expiry#1')).toMatchObject({
        closedAt: revokedAt,
        reasonCode: 'order-revoked',
        evidence: `order revoked: orderId ${order.orderId}, reason ${ProtectionOrderRevokedEvent.example.reason}`,
      });
      await skipTo(Date.parse(order.endsAt) + DAY);
      await testbed.until(journeyId, 'the revocation published', () => outcomesOf(journeyId, 'protection-order-expiry#1').includes('revoked'));
      expect(outcomesOf(journeyId, 'protection-order-expiry#1')).toEqual(['revoked']);
    });

    it('a renewal decided before the end meets the expiry, stops its reminders and opens a clock for the new end date', async () => {
      const { journeyId } = await journeyFromReport({ formalComplaint: false });
      const { order, endDate } = await orderEndingIn(journeyId, 10);
      await testbed.skip(HOUR);
      const decidedAt = await now();
      const newEndDate = dateAfter(endDate, 30);
      const endsAt = iso(brusselsInstant(newEndDate, 12));
      await testbed.send(fact(ProtectionOrderRenewalDecidedEvent, journeyId, { orderId: order.orderId, renewed: true, endsAt, decidedAt }, decidedAt));

      const renewed = await statusBecomes(journeyId, 'protection-order-expiry#2', 'open');
      expect(obligationOf(renewed, 'protection-order-expiry#1')).toMatchObject({
        status: 'met',
        closedAt: decidedAt,
        evidence: `order renewal-decided: orderId ${order.orderId}, renewed true`,
      });
      expect(obligationOf(renewed, 'protection-order-expiry#2')).toMatchObject({ subjectKey: order.orderId, openedAt: decidedAt });
      expect(inBrussels(dueAtOf(renewed, 'protection-order-expiry#2'))).toMatch(new RegExp(`${newEndDate} 23:59:59\\.999$`));
      await publishedAs(journeyId, 'protection-order-expiry#1', 'met');

      await skipTo(brusselsInstant(dateAfter(endDate, 1), 12));
      const after = await testbed.state(journeyId);
      expect(obligationOf(after, 'protection-order-expiry#1').remindedAt).toBeUndefined();
      expect(obligationOf(after, 'protection-order-expiry#2').remindedAt).toBeUndefined();
      expect(outcomesOf(journeyId, 'protection-order-expiry#1')).toEqual(['met']);
    });
  });

  describe('national referral mechanism', () => {
    async function nrmReferral(journeyId: string) {
      const nrmReferralId = randomUUID();
      const submittedAt = await now();
      await testbed.send(fact(NrmReferralSubmittedEvent, journeyId, { nrmReferralId, consent: 'recorded', submittedAt }, submittedAt));
      const state = await statusBecomes(journeyId, 'nrm-reasonable-grounds#1', 'open');
      return { nrmReferralId, submittedAt, state };
    }

    async function reasonableGrounds(journeyId: string, nrmReferralId: string, decision: GroundsDecision) {
      const decidedAt = await now();
      await testbed.send(fact(ReasonableGroundsDecidedEvent, journeyId, { nrmReferralId, decision, decidedAt }, decidedAt));
      return decidedAt;
    }

    async function conclusiveGrounds(journeyId: string, nrmReferralId: string, requestedByPerson: boolean) {
      const decidedAt = await now();
      await testbed.send(fact(ConclusiveGroundsDecidedEvent, journeyId, { nrmReferralId, decision: 'positive', decidedAt, requestedByPerson }, decidedAt));
      return decidedAt;
    }

    /** Support accepts the journey's first referral now. */
    async function supportAccepts(journeyId: string) {
      const offered = await testbed.until(journeyId, 'the first referral offer', (state) => state.referrals.length === 1);
      const { referralId, organisationId } = offered.referrals[0];
      await testbed.send(referralAccepted(journeyId, { referralId, organisationId, acceptedAt: await now() }));
      await testbed.until(journeyId, 'stage supported', (state) => state.stage === 'supported');
      return { referralId, organisationId };
    }

    it('a reasonable-grounds decision not taken within 5 working days is missed', async () => {
      const { journeyId } = await journeyFromReport({ formalComplaint: false });
      const { nrmReferralId, state } = await nrmReferral(journeyId);
      const decision = obligationOf(state, 'nrm-reasonable-grounds#1');
      expect(decision).toMatchObject({ subjectKey: nrmReferralId, basis: 'practice', rulePack: 'eu-baseline@1' });
      const dueAt = dueAtOf(state, 'nrm-reasonable-grounds#1');
      expect(inBrussels(dueAt)).toMatch(/ 23:59:59\.999$/);
      expect(Date.parse(dueAt) - Date.parse(decision.openedAt)).toBeGreaterThanOrEqual(5 * DAY);

      await skipTo(Date.parse(dueAt) - MINUTE);
      expect(obligationOf(await testbed.state(journeyId), 'nrm-reasonable-grounds#1').status).toBe('open');
      await testbed.skip(2 * MINUTE);
      await statusBecomes(journeyId, 'nrm-reasonable-grounds#1', 'missed');
      await publishedAs(journeyId, 'nrm-reasonable-grounds#1', 'missed');
    });

    // The EU baseline's 30 days, in a country without its own figure (Belgium sets 45, the Netherlands 3 months).
    it('a positive decision opens the recovery period, reviewed on day 30', async () => {
      const { journeyId } = await journeyFromReport({ formalComplaint: false, country: 'DE' });
      const accepted = await supportAccepts(journeyId);
      const { nrmReferralId } = await nrmReferral(journeyId);
      await testbed.skip(2 * DAY);
      const decidedAt = await reasonableGrounds(journeyId, nrmReferralId, 'positive');

      const opened = await statusBecomes(journeyId, 'cets-13-recovery-period#1', 'open');
      expect(obligationOf(opened, 'nrm-reasonable-grounds#1')).toMatchObject({
        status: 'met',
        evidence: `reasonable-grounds decided: nrmReferralId ${nrmReferralId}, decision positive`,
      });
      expect(obligationOf(opened, 'cets-13-recovery-period#1')).toMatchObject({ subjectKey: nrmReferralId, openedAt: decidedAt });
      // Berlin keeps Brussels' time; a day 30 off work gives way to the next working day (Regulation 1182/71 Art 3(4)).
      const reviewDay = firstWorkingDayFrom(dateAfter(inBrussels(decidedAt).split(' ')[1], 30), 'DE');
      expect(inBrussels(dueAtOf(opened, 'cets-13-recovery-period#1'))).toMatch(new RegExp(`${reviewDay} 23:59:59\\.999$`));
      // Assistance from a reasonable-grounds indication: support already took the victim on.
      expect(obligationOf(opened, 'atd-11-assistance#1')).toMatchObject({
        status: 'met',
        closedAt: decidedAt,
        evidence: `referral accepted: referralId ${accepted.referralId}, organisationId ${accepted.organisationId}`,
      });
      await publishedAs(journeyId, 'atd-11-assistance#1', 'met');
    });

    it("a conclusive-grounds decision inside the recovery period without the person's request breaches it: it ends breached, with the evidence", async () => {
      const { journeyId } = await journeyFromReport({ formalComplaint: false });
      const { nrmReferralId } = await nrmReferral(journeyId);
      await reasonableGrounds(journeyId, nrmReferralId, 'positive');
      const opened = await statusBecomes(journeyId, 'cets-13-recovery-period#1', 'open');
      const endsAt = dueAtOf(opened, 'cets-13-recovery-period#1');

      await testbed.skip(10 * DAY);
      const unrequestedAt = await conclusiveGrounds(journeyId, nrmReferralId, false);
      const breach = "conclusive-grounds decided during the recovery period without the person's request";
      const flagged = await testbed.until(journeyId, 'the breach recorded', (state) => obligationOf(state, 'cets-13-recovery-period#1').breaches !== undefined);
      expect(obligationOf(flagged, 'cets-13-recovery-period#1')).toMatchObject({ status: 'open', breaches: [{ at: unrequestedAt, what: breach }] });

      await skipTo(Date.parse(endsAt) + MINUTE);
      const ended = await statusBecomes(journeyId, 'cets-13-recovery-period#1', 'breached');
      expect(obligationOf(ended, 'cets-13-recovery-period#1')).toMatchObject({
        closedAt: endsAt,
        reasonCode: 'breached-during-protection-period',
        evidence: `${unrequestedAt}: ${breach}`,
      });
      await testbed.until(journeyId, 'the breach published', () => outcomesOf(journeyId, 'cets-13-recovery-period#1').includes('breached'));
      expect(outcomesOf(journeyId, 'cets-13-recovery-period#1')).toEqual(['breached']);
    });

    it('a removal inside the recovery period breaches it and closes "do not remove" as breached at once, with the evidence', async () => {
      const { journeyId } = await journeyFromReport({ formalComplaint: false });
      const { nrmReferralId } = await nrmReferral(journeyId);
      await reasonableGrounds(journeyId, nrmReferralId, 'positive');
      const opened = await statusBecomes(journeyId, 'cets-13-recovery-period#1', 'open');
      const endsAt = dueAtOf(opened, 'cets-13-recovery-period#1');

      await testbed.skip(3 * DAY);
      const removedAt = await now();
      await testbed.send(fact(RemovalRecordedEvent, journeyId, { nrmReferralId, removedAt, recordedAt: removedAt }, removedAt));
      const removed = await statusBecomes(journeyId, 'cets-10-no-removal#1', 'breached');
      expect(obligationOf(removed, 'cets-10-no-removal#1')).toMatchObject({ closedAt: removedAt, reasonCode: 'removed-while-protected' });
      await publishedAs(journeyId, 'cets-10-no-removal#1', 'breached');

      await skipTo(Date.parse(endsAt) + MINUTE);
      const ended = await statusBecomes(journeyId, 'cets-13-recovery-period#1', 'breached');
      expect(obligationOf(ended, 'cets-13-recovery-period#1').evidence).toMatch(new RegExp(`^${removedAt}: the person was removed while identification was under way`));
      await publishedAs(journeyId, 'cets-13-recovery-period#1', 'breached');
    });

    // Belgium's 45 days: reviewed on day 30, moved by an extension, met when it runs its course.
    it("is a protection period: a decision at the person's request inside it and one after it are lawful, an extension moves its end, and it is met when it ends", async () => {
      const { journeyId } = await journeyFromReport({ formalComplaint: false });
      const { nrmReferralId } = await nrmReferral(journeyId);
      const decidedAt = await reasonableGrounds(journeyId, nrmReferralId, 'positive');
      const opened = await statusBecomes(journeyId, 'cets-13-recovery-period#1', 'open');
      const endsAt = dueAtOf(opened, 'cets-13-recovery-period#1');
      // A day 30 off work gives way to the next working day (Regulation 1182/71 Art 3(4)).
      const reviewDay = firstWorkingDayFrom(dateAfter(inBrussels(decidedAt).split(' ')[1], 30), 'BE');

      await testbed.skip(5 * DAY);
      await conclusiveGrounds(journeyId, nrmReferralId, true);
      const extendedUntil = iso(Date.parse(endsAt) + 10 * DAY);
      const extendedAt = await now();
      await testbed.send(fact(RecoveryPeriodExtendedEvent, journeyId, { nrmReferralId, extendedUntil, extendedAt }, extendedAt));
      const extended = await testbed.until(journeyId, 'the end moved', (state) => dueAtOf(state, 'cets-13-recovery-period#1') === extendedUntil);
      expect(obligationOf(extended, 'cets-13-recovery-period#1')).toMatchObject({ status: 'open' });
      expect(obligationOf(extended, 'cets-13-recovery-period#1').breaches).toBeUndefined();

      await skipTo(Date.parse(endsAt) + HOUR);
      const reviewed = await testbed.state(journeyId);
      expect(obligationOf(reviewed, 'cets-13-recovery-period#1').status).toBe('open');
      expect(obligationOf(reviewed, 'cets-13-recovery-period#1').remindedAt?.map((at) => inBrussels(at))).toEqual([expect.stringMatching(new RegExp(`${reviewDay} 23:59:59\\.999$`))]);
      expect(testbed.journeyActivities.tasksOf(journeyId).filter((task) => task.ruleId === 'cets-13-recovery-period')).toEqual([
        expect.objectContaining({ kind: 'review', forRole: 'nrm-decision-maker', at: obligationOf(reviewed, 'cets-13-recovery-period#1').remindedAt?.[0] }),
      ]);

      await skipTo(Date.parse(extendedUntil) + MINUTE);
      const met = await statusBecomes(journeyId, 'cets-13-recovery-period#1', 'met');
      expect(obligationOf(met, 'cets-13-recovery-period#1')).toMatchObject({ closedAt: extendedUntil, reasonCode: 'protection-period-respected' });
      await publishedAs(journeyId, 'cets-13-recovery-period#1', 'met');
      await conclusiveGrounds(journeyId, nrmReferralId, false);
      await testbed.until(journeyId, 'the late decision taken', (state) => state.factsSeen === met.factsSeen + 1);
      expect(obligationOf(await testbed.state(journeyId), 'cets-13-recovery-period#1')).toMatchObject({ status: 'met' });
      expect(outcomesOf(journeyId, 'cets-13-recovery-period#1')).toEqual(['met']);
    });
  });

  describe('a presumed child', () => {
    async function ageUncertain(journeyId: string) {
      const recordedAt = await now();
      await testbed.send(fact(AgeUncertainRecordedEvent, journeyId, { assessmentReason: 'no-documents', recordedAt }, recordedAt));
      const state = await statusBecomes(journeyId, 'cets-10-child-presumption#1', 'open');
      return { recordedAt, state };
    }

    it('a child presumed when age is uncertain gets a guardian within 24 hours or the obligation is missed', async () => {
      const { journeyId } = await journeyFromReport({ formalComplaint: false });
      const { recordedAt, state } = await ageUncertain(journeyId);
      expect(state.child).toBe(true);
      expect(obligationOf(state, 'cets-10-child-presumption#1')).toMatchObject({ openedAt: recordedAt, dueAt: iso(Date.parse(recordedAt) + 24 * HOUR) });
      await testbed.searchAttributes(journeyId, (attributes) => attributes.HarbourChild?.[0] === true);

      await testbed.skip(24 * HOUR - MINUTE);
      expect(obligationOf(await testbed.state(journeyId), 'cets-10-child-presumption#1').status).toBe('open');
      await testbed.skip(2 * MINUTE);
      await statusBecomes(journeyId, 'cets-10-child-presumption#1', 'missed');
      await publishedAs(journeyId, 'cets-10-child-presumption#1', 'missed');
    });

    it("a child's individual assessment is due within 24 hours", async () => {
      const { journeyId, state: before } = await journeyFromReport({ formalComplaint: false });
      expect(Date.parse(dueAtOf(before, 'vrd-22-individual-assessment#1'))).toBeGreaterThan((await testbed.now()) + 2 * DAY);
      await testbed.skip(HOUR);
      const { recordedAt, state } = await ageUncertain(journeyId);
      expect(obligationOf(state, 'vrd-22-individual-assessment#1')).toMatchObject({ status: 'open', dueAt: iso(Date.parse(recordedAt) + 24 * HOUR) });

      const guardianAppointmentId = randomUUID();
      const appointedAt = await now();
      await testbed.send(fact(GuardianAppointedEvent, journeyId, { guardianAppointmentId, appointedAt }, appointedAt));
      const met = await statusBecomes(journeyId, 'cets-10-child-presumption#1', 'met');
      expect(obligationOf(met, 'cets-10-child-presumption#1').evidence).toBe(`guardian appointed: guardianAppointmentId ${guardianAppointmentId}`);

      await skipTo(Date.parse(recordedAt) + 24 * HOUR + MINUTE);
      await statusBecomes(journeyId, 'vrd-22-individual-assessment#1', 'missed');
      await publishedAs(journeyId, 'vrd-22-individual-assessment#1', 'missed');
    });
  });
});
