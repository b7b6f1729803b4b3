import { randomUUID } from 'node:crypto';
import { referralAccepted } from './support/journey-facts';
import { DAY, iso, JourneyClocks } from './support/journey-clocks';
import { HOUR, JourneyTestbed } from './support/journey-testbed';

// Two years of one victim's life with Harbour, under time skipping: every clock closes as the
// law says it does, and the missed ones are counted where operations filter journeys.
describe('a two-year journey', () => {
  let testbed: JourneyTestbed;
  let clocks: JourneyClocks;
  beforeAll(async () => ({ testbed, clocks } = await JourneyClocks.start(['be-payoke', 'be-pag-asa'])));
  afterAll(() => testbed?.teardown());

  it('from the first report to the end of a renewed protection order, with identification, proceedings and notifications', async () => {
    const start = await testbed.now();
    const day = (n: number) => start + n * DAY;
    const at = (n: number) => clocks.skipTo(day(n));

    const { journeyId, reportId } = await clocks.journeyFromReport({ country: 'BE', formalComplaint: true });
    await clocks.send(journeyId, 'harbour.justice.victim-information.provided.v1', (now) => ({ informationId: randomUUID(), language: 'ro', channel: 'in-person', providedAt: now }));
    await clocks.send(journeyId, 'harbour.reporting.complaint.acknowledged.v1', (now) => ({ reportId, language: 'ro', acknowledgedAt: now }));
    const offered = await testbed.until(journeyId, 'the first offer', (state) => state.referrals.length === 1);
    await at(1);
    const { referralId, organisationId } = offered.referrals[0];
    await testbed.send(referralAccepted(journeyId, { referralId, organisationId, acceptedAt: await clocks.now() }));

    await at(2);
    const nrmReferralId = randomUUID();
    await clocks.send(journeyId, 'harbour.identification.nrm-referral.submitted.v1', (now) => ({ nrmReferralId, consent: 'recorded', submittedAt: now }));
    await at(3);
    await clocks.send(journeyId, 'harbour.protection.assessment.completed.v1', (now) => ({ assessmentId: randomUUID(), riskLevel: 'high', completedAt: now }));
    await at(5);
    await clocks.send(journeyId, 'harbour.identification.reasonable-grounds.decided.v1', (now) => ({ nrmReferralId, decision: 'positive', decidedAt: now }));

    await at(10);
    const orderId = randomUUID();
    await clocks.send(journeyId, 'harbour.protection.order.issued.v1', (now) => ({ orderId, kind: 'national-protection-order', startsAt: now, endsAt: iso(day(375)) }));
    await at(60);
    await clocks.send(journeyId, 'harbour.identification.conclusive-grounds.decided.v1', (now) => ({ nrmReferralId, decision: 'positive', decidedAt: now, requestedByPerson: false }));

    await at(370);
    await clocks.send(journeyId, 'harbour.protection.order.renewal-decided.v1', (now) => ({ orderId, renewed: true, endsAt: iso(day(740)), decidedAt: now }));
    await at(400);
    await clocks.send(journeyId, 'harbour.justice.proceeding-milestone.recorded.v1', (now) => ({ milestoneId: randomUUID(), milestone: 'trial-scheduled', recordedAt: now }));
    await at(700);
    const judgement = randomUUID();
    await clocks.send(journeyId, 'harbour.justice.proceeding-milestone.recorded.v1', (now) => ({ milestoneId: judgement, milestone: 'final-judgement', recordedAt: now }));
    await testbed.skip(2 * HOUR);
    await clocks.send(journeyId, 'harbour.justice.victim-notification.delivered.v1', (now) => ({ milestoneId: judgement, channel: 'phone', language: 'ro', deliveredAt: now }));
    await at(745);

    const end = await testbed.until(journeyId, 'every obligation closed', (state) => state.obligations.every((obligation) => obligation.status !== 'open'));
    const outcomes = Object.fromEntries(end.obligations.map((obligation) => [obligation.obligationId, obligation.status]));
    expect(outcomes).toEqual({
      'vrd-4-information#1': 'met',
      'vrd-5-acknowledgement#1': 'met',
      'vrd-22-individual-assessment#1': 'met',
      'vrd-8-support-contact#1': 'met',
      'nrm-reasonable-grounds#1': 'met',
      'cets-10-no-removal#1': 'met',
      // Belgium's 45 days ran their course by day 50 (reviewed on day 35); the decision on day 60 came after them, lawfully.
      'cets-13-recovery-period#1': 'met',
      'atd-11-assistance#1': 'met',
      'protection-order-expiry#1': 'met',
      // The renewed order ran to its end date with no renewal asked for: it ended, nothing was missed.
      'protection-order-expiry#2': 'ended',
      'vrd-6-case-update#1': 'missed',
      'vrd-6-case-update#2': 'met',
    });
    expect(end.stage).toBe('supported');
    const attributes = await testbed.searchAttributes(journeyId, (current) => current.HarbourOverdue?.[0] === 1);
    // Nothing left to fall due: the test server keeps the cleared attribute as a null.
    expect(attributes.HarbourNextDeadline?.filter((deadline) => deadline !== null)).toEqual([]);
  });
});
