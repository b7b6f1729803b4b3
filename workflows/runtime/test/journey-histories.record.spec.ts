import { randomUUID } from 'node:crypto';
import {
  AssessmentCompletedEvent,
  ComplaintAcknowledgedEvent,
  journeyWorkflowId,
  NotificationPreferencesRecordedEvent,
  ProceedingMilestoneRecordedEvent,
  ProtectionOrderIssuedEvent,
  ProtectionOrderRenewalDecidedEvent,
  ReportReceived,
  VictimInformationProvidedEvent,
  VictimNotificationDeliveredEvent,
} from '@harbour/contracts';
import { referralHandoffWorkflowId } from '@harbour/journeys';
import { cancelObligationUpdate } from '@harbour/contracts';
import { JourneyClocks } from './support/journey-clocks';
import { saveHistory } from './support/journey-histories';
import { fact, referralAccepted, referralDeclined, reportReceived } from './support/journey-facts';
import { HOUR, JourneyTestbed } from './support/journey-testbed';

// Records the histories journey-replay.spec.ts replays. Runs only on demand: jest.config.js
// leaves *.record.spec.ts out unless HARBOUR_RECORD_HISTORIES=1.
describe('recording journey histories', () => {
  let testbed: JourneyTestbed;

  beforeAll(async () => {
    testbed = await JourneyTestbed.start();
    testbed.support.organisations = ['be-payoke', 'be-pag-asa'];
  });
  afterAll(() => testbed?.teardown());

  it('records a journey through decline, acceptance and missed deadlines', async () => {
    const journeyId = testbed.newJourneyId();
    const receivedAt = new Date(await testbed.now()).toISOString();
    await testbed.send(reportReceived(journeyId, { receivedAt, formalComplaint: true }));
    const first = (await testbed.until(journeyId, 'first offer', (state) => state.referrals.length === 1)).referrals[0];
    await testbed.send(
      referralDeclined(journeyId, { referralId: first.referralId, organisationId: first.organisationId, reason: 'no-capacity', declinedAt: receivedAt }),
    );
    const second = (await testbed.until(journeyId, 'second offer', (state) => state.referrals.length === 2)).referrals[1];
    await testbed.skip(24 * HOUR + 60_000);
    await testbed.send(
      referralAccepted(journeyId, {
        referralId: second.referralId,
        organisationId: second.organisationId,
        acceptedAt: new Date(await testbed.now()).toISOString(),
      }),
    );
    await testbed.until(journeyId, 'supported', (state) => state.stage === 'supported');
    await testbed.skip(4 * 24 * HOUR);
    await testbed.until(journeyId, 'vrd-5 missed', (state) => state.obligations.some((o) => o.ruleId === 'vrd-5-acknowledgement' && o.status === 'missed'));

    for (const [file, workflowId] of [
      ['victim-journey.json', journeyWorkflowId(journeyId)],
      ['referral-handoff.json', referralHandoffWorkflowId(journeyId)],
    ]) {
      saveHistory(file, await testbed.env.client.workflow.getHandle(workflowId).fetchHistory());
    }
  });

  it('records a journey whose facts open, meet and decline its legal clocks', async () => {
    const journeyId = testbed.newJourneyId();
    const at = async () => new Date(await testbed.now()).toISOString();
    const report = reportReceived(journeyId, { receivedAt: await at(), formalComplaint: true });
    const { reportId } = report.data as ReportReceived;
    await testbed.send(report);
    await testbed.until(journeyId, 'first offer', (state) => state.referrals.length === 1);

    const providedAt = await at();
    await testbed.send(fact(VictimInformationProvidedEvent, journeyId, { informationId: randomUUID(), language: 'ro', channel: 'in-person', providedAt }, providedAt));
    await testbed.send(fact(ComplaintAcknowledgedEvent, journeyId, { reportId, language: 'ro', acknowledgedAt: providedAt }, providedAt));
    await testbed.send(
      fact(NotificationPreferencesRecordedEvent, journeyId, { wantsCaseUpdates: false, wantsReleaseNotices: true, language: 'ro', recordedAt: providedAt }, providedAt),
    );
    const released = randomUUID();
    await testbed.send(fact(ProceedingMilestoneRecordedEvent, journeyId, { milestoneId: randomUUID(), milestone: 'charges-brought', recordedAt: providedAt }, providedAt));
    await testbed.send(fact(ProceedingMilestoneRecordedEvent, journeyId, { milestoneId: released, milestone: 'offender-released', recordedAt: providedAt }, providedAt));
    await testbed.send(fact(ProceedingMilestoneRecordedEvent, journeyId, { milestoneId: randomUUID(), milestone: 'offender-escaped', recordedAt: providedAt }, providedAt));
    const orderId = randomUUID();
    const endsAt = new Date(Date.parse(providedAt) + 10 * 24 * HOUR).toISOString();
    await testbed.send(fact(ProtectionOrderIssuedEvent, journeyId, { orderId, kind: 'barring-order', startsAt: providedAt, endsAt }, providedAt));
    await testbed.until(journeyId, 'order clock open', (state) => state.obligations.some((o) => o.ruleId === 'protection-order-expiry'));

    await testbed.skip(HOUR);
    const deliveredAt = await at();
    await testbed.send(fact(VictimNotificationDeliveredEvent, journeyId, { milestoneId: released, channel: 'phone', language: 'ro', deliveredAt }, deliveredAt));
    await testbed.send(fact(AssessmentCompletedEvent, journeyId, { assessmentId: randomUUID(), riskLevel: 'high', completedAt: deliveredAt }, deliveredAt));
    await testbed.until(journeyId, 'assessment met', (state) => state.obligations.some((o) => o.ruleId === 'vrd-22-individual-assessment' && o.status === 'met'));

    await testbed.skip(4 * 24 * HOUR);
    await testbed.until(journeyId, 'order reminded', (state) => state.obligations.some((o) => o.ruleId === 'protection-order-expiry' && o.remindedAt?.length === 1));
    const decidedAt = await at();
    const renewedUntil = new Date(Date.parse(endsAt) + 30 * 24 * HOUR).toISOString();
    await testbed.send(fact(ProtectionOrderRenewalDecidedEvent, journeyId, { orderId, renewed: true, endsAt: renewedUntil, decidedAt }, decidedAt));
    await testbed.until(journeyId, 'order renewed', (state) => state.obligations.some((o) => o.obligationId === 'protection-order-expiry#2'));

    saveHistory('victim-journey-obligations.json', await testbed.env.client.workflow.getHandle(journeyWorkflowId(journeyId)).fetchHistory());
  });

  it('records a journey across borders: identification, a complaint passed on, non-punishment, compensation, a cancelled obligation', async () => {
    const clocks = new JourneyClocks(testbed);
    const { journeyId, reportId } = await clocks.journeyFromReport({ crimeCountry: 'NL', crimeAbroad: true });
    const nrmReferralId = randomUUID();
    await clocks.send(journeyId, 'harbour.identification.nrm-referral.submitted.v1', (now) => ({ nrmReferralId, consent: 'recorded', submittedAt: now }));
    await clocks.send(journeyId, 'harbour.identification.reasonable-grounds.decided.v1', (now) => ({ nrmReferralId, decision: 'positive', decidedAt: now }));
    await clocks.send(journeyId, 'harbour.identification.recovery-period.extended.v1', (now) => ({
      nrmReferralId,
      extendedAt: now,
      extendedUntil: new Date(Date.parse(now) + 90 * 24 * HOUR).toISOString(),
    }));
    const flagId = randomUUID();
    await clocks.send(journeyId, 'harbour.identification.non-punishment.flagged.v1', (now) => ({ flagId, flaggedAt: now }));
    await clocks.send(journeyId, 'harbour.reporting.complaint.transmitted.v1', (now) => ({ reportId, transmissionId: randomUUID(), toCountry: 'NL', transmittedAt: now }));
    const claimId = randomUUID();
    await clocks.send(journeyId, 'harbour.compensation.cross-border-application.received.v1', (now) => ({ claimId, assistingCountry: 'BE', decidingCountry: 'NL', receivedAt: now }));
    await clocks.send(journeyId, 'harbour.compensation.application.transmitted.v1', (now) => ({ claimId, transmittedAt: now }));
    await testbed.until(journeyId, 'acknowledgement clock open', (state) => state.obligations.some((o) => o.ruleId === 'comp-2004-80-acknowledge'));
    await testbed.env.client.workflow
      .getHandle(journeyWorkflowId(journeyId))
      .executeUpdate(cancelObligationUpdate, { args: [{ obligationId: 'vrd-4-information#1', reason: 'entered-in-error' }] });

    await testbed.skip(30 * 24 * HOUR);
    await testbed.until(journeyId, 'the deciding authority chased', () => testbed.compensation.chases.some((chase) => chase.claimId === claimId));
    saveHistory('victim-journey-cross-border.json', await testbed.env.client.workflow.getHandle(journeyWorkflowId(journeyId)).fetchHistory());
  });
  it('records a journey opened at identification before its country was known, with an order revoked and a recovery period that ran its course', async () => {
    const clocks = new JourneyClocks(testbed);
    const journeyId = testbed.newJourneyId();
    const nrmReferralId = randomUUID();
    await clocks.send(journeyId, 'harbour.identification.screening.completed.v1', (now) => ({
      screeningId: randomUUID(), completedAt: now, recommendation: 'refer-to-nrm', indicatorIds: [], checklistVersion: '2026.1', actingOrganisationId: 'be-labour-inspectorate',
    }));
    await clocks.send(journeyId, 'harbour.identification.nrm-referral.submitted.v1', (now) => ({ nrmReferralId, consent: 'recorded', submittedAt: now }));
    await clocks.send(journeyId, 'harbour.identification.reasonable-grounds.decided.v1', (now) => ({ nrmReferralId, decision: 'positive', decidedAt: now }));
    await clocks.send(journeyId, 'harbour.support.self-referral.received.v1', (now) => ({
      selfReferralId: randomUUID(), channel: 'helpline', receivedAt: now, actingOrganisationId: 'be-116006-helpline', country: 'BE', region: 'BE-VLG', language: 'bg',
    }));
    const offered = await testbed.until(journeyId, 'clocks open and an offer', (state) => state.referrals.length === 1 && state.waitingForCountry.length === 0);
    const { referralId, organisationId } = offered.referrals[0];
    await testbed.send(referralAccepted(journeyId, { referralId, organisationId, acceptedAt: new Date(await testbed.now()).toISOString() }));
    const orderId = randomUUID();
    await clocks.send(journeyId, 'harbour.protection.order.issued.v1', (now) => ({ orderId, kind: 'barring-order', startsAt: now, endsAt: new Date(Date.parse(now) + 20 * 24 * HOUR).toISOString() }));
    await clocks.send(journeyId, 'harbour.protection.order.revoked.v1', (now) => ({ orderId, reason: 'court-decision', revokedAt: now }));
    await clocks.send(journeyId, 'harbour.justice.notification-preferences.recorded.v1', (now) => ({ wantsCaseUpdates: false, wantsReleaseNotices: true, language: 'bg', recordedAt: now }));
    await clocks.send(journeyId, 'harbour.justice.proceeding-milestone.recorded.v1', (now) => ({ milestoneId: randomUUID(), milestone: 'case-opened', recordedAt: now }));
    await testbed.skip(50 * 24 * HOUR);
    await testbed.until(journeyId, 'the recovery period met', (state) => state.obligations.some((o) => o.ruleId === 'cets-13-recovery-period' && o.status === 'met'));
    saveHistory('victim-journey-from-identification.json', await testbed.env.client.workflow.getHandle(journeyWorkflowId(journeyId)).fetchHistory());
  });
});
