import { randomUUID } from 'node:crypto';
import {
  buildEvent,
  CloudEvent,
  GuardianRequestedEvent,
  ObligationClosedEvent,
  ObligationMetEvent,
  ObligationMissedEvent,
  ObligationTaskRaisedEvent,
  ReferralAcceptedEvent,
  ReferralDeclinedEvent,
  ReferralOfferedEvent,
  ReportReceivedEvent,
} from '@harbour/contracts';
import { applyFact, emptyJourneyView, JourneyView } from './journey-view';

const journeyId = randomUUID();
const fact = <T extends object>(definition: Parameters<typeof buildEvent<T>>[0], time: string, data: T): CloudEvent<object> =>
  buildEvent(definition, { id: randomUUID(), journeyId, time, data });
const fold = (facts: CloudEvent<object>[]): JourneyView => facts.reduce(applyFact, emptyJourneyView(journeyId, facts[0].time));

const first = randomUUID();
const second = randomUUID();
const facts = [
  fact(ReportReceivedEvent, '2026-03-02T09:00:00.000Z', { ...ReportReceivedEvent.example, country: 'BE' }),
  fact(ReferralOfferedEvent, '2026-03-02T10:00:00.000Z', { ...ReferralOfferedEvent.example, referralId: first, organisationId: 'be-payoke', offeredAt: '2026-03-02T10:00:00.000Z', acceptBy: '2026-03-03T10:00:00.000Z' }),
  fact(ReferralDeclinedEvent, '2026-03-02T11:00:00.000Z', { referralId: first, organisationId: 'be-payoke', reason: 'no-capacity', declinedAt: '2026-03-02T11:00:00.000Z' }),
  fact(ReferralOfferedEvent, '2026-03-02T12:00:00.000Z', { ...ReferralOfferedEvent.example, referralId: second, organisationId: 'be-surya', attempt: 2, offeredAt: '2026-03-02T12:00:00.000Z', acceptBy: '2026-03-03T12:00:00.000Z' }),
  fact(ObligationMissedEvent, '2026-03-05T09:00:00.000Z', { ...ObligationMissedEvent.example, obligationId: 'vrd-5-complaint-acknowledgement#1', ruleId: 'vrd-5-complaint-acknowledgement' }),
];

describe('a journey view folded from its facts', () => {
  it('follows referral attempts: the declined one with its reason, the next one awaited by its deadline', () => {
    const view = fold(facts);
    expect(view.stage).toBe('referred');
    expect(view.referrals.map(({ referralId, state }) => [referralId, state])).toEqual([[first, 'declined'], [second, 'offered']]);
    expect(view.referrals[0].history).toEqual([{ state: 'offered', at: '2026-03-02T10:00:00.000Z' }, { state: 'declined', at: '2026-03-02T11:00:00.000Z', reason: 'no-capacity' }]);
    expect(view.nextDeadline).toBe('2026-03-03T12:00:00.000Z');
    expect(view.missedRuleIds).toEqual(['vrd-5-complaint-acknowledgement']);
    expect(view.lastActivityAt).toBe('2026-03-05T09:00:00.000Z');
  });

  it('is the same however often a fact arrives, so a rebuild from the topics gives the same view', () => {
    const once = fold(facts);
    const redelivered = fold([...facts, facts[1], facts[4], facts[0]]);
    expect(redelivered).toEqual(once);
    const accepted = fact(ReferralAcceptedEvent, '2026-03-02T13:00:00.000Z', { referralId: second, organisationId: 'be-surya', acceptedAt: '2026-03-02T13:00:00.000Z' });
    const supported = applyFact(once, accepted);
    expect(supported.stage).toBe('supported');
    expect(supported.nextDeadline).toBeUndefined();
    expect(applyFact(supported, accepted)).toBe(supported);
  });

  it('presumes a child once a guardian is requested, and takes the country of the first fact that names one', () => {
    const view = fold([...facts, fact(GuardianRequestedEvent, '2026-03-02T09:30:00.000Z', { guardianRequestId: randomUUID(), requestedAt: '2026-03-02T09:30:00.000Z' })]);
    expect(view.child).toBe(true);
    expect(view.country).toBe('BE');
  });

  it('keeps every outcome with its reason code, a declined-by-victim or an ended order like met and missed', () => {
    const declined = fact(ObligationClosedEvent, '2026-03-06T09:00:00.000Z', {
      ...ObligationClosedEvent.example,
      obligationId: 'vrd-6-case-update#1',
      ruleId: 'vrd-6-case-update',
      outcome: 'declined-by-victim',
      reasonCode: 'victim-declined',
      at: '2026-03-06T09:00:00.000Z',
    });
    const view = fold([...facts, declined]);
    expect(view.obligations.find((obligation) => obligation.obligationId === 'vrd-6-case-update#1')).toMatchObject({ status: 'declined-by-victim', reasonCode: 'victim-declined' });
    expect(view.missedRuleIds).toEqual(['vrd-5-complaint-acknowledgement']);
    expect(view.ruleIds).toContain('vrd-6-case-update');
    expect(view.timeline.at(-1)).toMatchObject({ outcome: 'declined-by-victim', reasonCode: 'victim-declined' });
  });

  it('lists an open obligation from its task, with the role that must act and its due time, until its outcome arrives', () => {
    const task = (at: string, kind: 'reminder' | 'notify-operations') =>
      fact(ObligationTaskRaisedEvent, at, { obligationId: 'vrd-22-individual-assessment#1', ruleId: 'vrd-22-individual-assessment', kind, forRole: 'protection-officer', dueAt: '2026-03-03T11:00:00.000Z', at });
    const reminded = fold([...facts, task('2026-03-03T09:00:00.000Z', 'reminder')]);
    expect(reminded.awaited).toEqual([
      { obligationId: 'vrd-22-individual-assessment#1', ruleId: 'vrd-22-individual-assessment', kind: 'reminder', forRole: 'protection-officer', dueAt: '2026-03-03T11:00:00.000Z', raisedAt: '2026-03-03T09:00:00.000Z' },
    ]);
    // The obligation falls due before the second referral's acceptance, so it is the next deadline.
    expect(reminded.nextDeadline).toBe('2026-03-03T11:00:00.000Z');
    const met = fact(ObligationMetEvent, '2026-03-03T10:00:00.000Z', {
      ...ObligationMetEvent.example,
      obligationId: 'vrd-22-individual-assessment#1',
      ruleId: 'vrd-22-individual-assessment',
      dueAt: '2026-03-03T11:00:00.000Z',
      at: '2026-03-03T10:00:00.000Z',
    });
    const done = applyFact(reminded, met);
    expect(done.nextDeadline).toBe('2026-03-03T12:00:00.000Z');
    expect(done.awaited).toEqual([]);
    // A task delivered late, after the outcome, does not reopen what is done.
    expect(applyFact(done, task('2026-03-03T09:30:00.000Z', 'notify-operations')).awaited).toEqual([]);
  });

  it('marks the hand-off stuck from half the time of an open offer, or from an escalation to operations, until it is answered', () => {
    const view = fold(facts);
    // The second offer, made at 12:00 to be accepted by 12:00 the next day, is stuck from midnight.
    expect(view.stuckFrom).toBe('2026-03-03T00:00:00.000Z');
    const accepted = applyFact(view, fact(ReferralAcceptedEvent, '2026-03-02T13:00:00.000Z', { referralId: second, organisationId: 'be-surya', acceptedAt: '2026-03-02T13:00:00.000Z' }));
    expect(accepted.stuckFrom).toBeUndefined();
    const escalated = applyFact(
      accepted,
      fact(ObligationTaskRaisedEvent, '2026-03-04T09:00:00.000Z', { obligationId: 'vrd-8-support-contact#3', ruleId: 'vrd-8-support-contact', kind: 'notify-operations', forRole: 'operations-analyst', at: '2026-03-04T09:00:00.000Z' }),
    );
    expect(escalated.stuckFrom).toBe('2026-03-04T09:00:00.000Z');
  });
});
