import { randomUUID } from 'node:crypto';
import { findEventDefinition, JourneyFact } from '@harbour/contracts';
import { applyFact, cancelEffects, dueEffects, JourneyCoreState, JourneyEffect, JourneyEnv, journeyView, newJourneyMemory, reminderEffects } from '../src/journey-core';
import { JourneyDoorTypes } from '../src/journey-doors';
import { outcomeAtDue } from '../src/obligation-due-outcome';
import { ObligationLedger } from '../src/obligation-ledger';

const journeyId = '0b6c1f7e-2d4a-4c3b-9e8f-7a6b5c4d3e2f';

/** A journey that began after every patch: `isPatched` says yes, and notes what it was asked. */
function newJourney(patchedIds: (id: string) => boolean = () => true) {
  const asked: string[] = [];
  const env: JourneyEnv = { isPatched: (id) => (asked.push(id), patchedIds(id)), handoffWorkflowId: `journey-${journeyId}-referral-1` };
  const state: JourneyCoreState = { journeyId, memory: newJourneyMemory(), ledger: new ObligationLedger() };
  const apply = (fact: JourneyFact) => Array.from(applyFact(state, fact, env).effects);
  return { state, env, asked, apply };
}

let sequence = 0;
/** The registered example of a fact, with these fields changed. */
function fact(type: string, data: Record<string, unknown> = {}): JourneyFact {
  const example = findEventDefinition(type)?.example as Record<string, unknown> | undefined;
  if (!example) throw new Error(`no example of ${type}`);
  sequence += 1;
  return { type, eventId: `event-${sequence}`, time: '2026-03-02T09:30:00.000Z', data: { ...example, ...data } };
}

const of = <K extends JourneyEffect['kind']>(effects: JourneyEffect[], kind: K) => effects.filter((effect): effect is Extract<JourneyEffect, { kind: K }> => effect.kind === kind);
const ruleOf = (state: JourneyCoreState, obligationId: string) => state.ledger.get(obligationId).ruleId;
const clockedRules = (state: JourneyCoreState, effects: JourneyEffect[]) => of(effects, 'start-clock').map(({ obligationId }) => ruleOf(state, obligationId));

// The doors about a person; an anonymous report has nobody to hand over to support.
const personDoors = JourneyDoorTypes.filter((type) => type !== 'harbour.reporting.anonymous-report.received.v1');
/** The time each door's example names as its trigger. */
const triggerField: Record<string, string> = {
  'harbour.reporting.report.received.v1': 'receivedAt',
  'harbour.identification.screening.completed.v1': 'completedAt',
  'harbour.identification.nrm-referral.submitted.v1': 'submittedAt',
  'harbour.support.self-referral.received.v1': 'receivedAt',
  'harbour.protection.order.issued.v1': 'startsAt',
  'harbour.justice.proceeding-milestone.recorded.v1': 'recordedAt',
  'harbour.compensation.claim.opened.v1': 'openedAt',
};
// Without its country (and, for a report, its language) a door's fact tells the journey nothing it can count with.
const withoutCountry = (type: string) => {
  const { country: _country, language: _language, ...data } = fact(type).data as Record<string, unknown>;
  return { ...fact(type), data };
};

describe('applyFact', () => {
  it('covers every door', () => {
    expect(Object.keys(triggerField).sort()).toEqual([...personDoors].sort());
  });

  it.each(personDoors)('%s, naming its country, opens the first-contact clocks and hands the person to support', (type) => {
    const { state, apply } = newJourney();
    const effects = apply(fact(type, { country: 'BE' }));

    expect(clockedRules(state, effects)).toEqual(expect.arrayContaining(['vrd-4-information', 'vrd-22-individual-assessment']));
    // Every obligation it opened has its clock; none waits.
    expect(of(effects, 'start-clock').map(({ obligationId }) => obligationId).sort()).toEqual(state.ledger.openObligations().map(({ obligationId }) => obligationId).sort());
    expect(state.memory.waitingForCountry ?? []).toEqual([]);
    expect(of(effects, 'start-handoff')).toEqual([
      { kind: 'start-handoff', handoff: expect.objectContaining({ journeyId, country: 'BE', workflowId: `journey-${journeyId}-referral-1` }) },
    ]);
    expect(effects.at(-1)?.kind).toBe('start-handoff');
  });

  it('opens nothing and hands nobody over on an anonymous report', () => {
    const { state, apply } = newJourney();
    expect(apply(fact('harbour.reporting.anonymous-report.received.v1'))).toEqual([]);
    expect(state.ledger.all()).toEqual([]);
  });

  const orders = personDoors.flatMap((first) => personDoors.filter((second) => second !== first).map((second) => [first, second] as const));

  it.each(orders)('%s before the country, then %s with it: the first waits, then both apply in order and clocks start once all are applied', (first, second) => {
    const { state, apply } = newJourney();
    const firstFact = withoutCountry(first);
    const before = apply(firstFact);

    expect(of(before, 'start-clock')).toEqual([]);
    expect(of(before, 'start-handoff')).toEqual([]);
    expect(journeyView(state).waitingForCountry).toEqual(expect.arrayContaining(['vrd-4-information', 'vrd-22-individual-assessment']));

    const secondFact = fact(second, { country: 'BE' });
    const after = apply(secondFact);
    expect(journeyView(state).waitingForCountry).toEqual([]);
    // The waiting fact's obligations opened first, in its order; the first contact counts from the earlier fact.
    const firstAt = String(firstFact.data[triggerField[first]]);
    const secondAt = String(secondFact.data[triggerField[second]]);
    expect(state.ledger.all()[0]).toMatchObject({ ruleId: 'vrd-4-information', openedAt: firstAt < secondAt ? firstAt : secondAt });
    expect(clockedRules(state, after)).toEqual(expect.arrayContaining(['vrd-4-information', 'vrd-22-individual-assessment']));
    expect(of(after, 'start-clock').map(({ obligationId }) => obligationId).sort()).toEqual(state.ledger.openObligations().map(({ obligationId }) => obligationId).sort());
    expect(of(after, 'start-handoff')).toHaveLength(1);
  });

  it('applies every fact that waited for the country in the order it came: a waiting decision meets the waiting referral', () => {
    const { state, apply } = newJourney();
    apply(withoutCountry('harbour.identification.nrm-referral.submitted.v1'));
    apply(fact('harbour.identification.reasonable-grounds.decided.v1'));
    const effects = apply(fact('harbour.support.self-referral.received.v1'));

    const rg = state.ledger.all().find(({ ruleId }) => ruleId === 'nrm-reasonable-grounds');
    expect(rg).toMatchObject({ status: 'met', closedAt: '2026-03-05T14:00:00.000Z' });
    // Met before any clock started, so it could not be missed in between; the recovery period its decision opened runs.
    const published = effects.findIndex((effect) => effect.kind === 'publish-outcome' && effect.obligation.ruleId === 'nrm-reasonable-grounds');
    expect(published).toBeGreaterThanOrEqual(0);
    expect(effects.findIndex(({ kind }) => kind === 'start-clock')).toBeGreaterThan(published);
    expect(clockedRules(state, effects)).toContain('cets-13-recovery-period');
  });

  it('meets an obligation only with the evidence the fact quotes', () => {
    const { apply } = newJourney();
    apply(fact('harbour.reporting.report.received.v1'));
    const effects = apply(fact('harbour.reporting.complaint.acknowledged.v1'));

    expect(of(effects, 'publish-outcome')).toEqual([
      {
        kind: 'publish-outcome',
        obligation: expect.objectContaining({
          ruleId: 'vrd-5-acknowledgement',
          status: 'met',
          reasonCode: 'evidence-received',
          closedAt: '2026-03-02T16:00:00.000Z',
          evidence: 'complaint acknowledged: reportId 6f1c2a3e-9b7d-4c1e-8a2b-1d3e5f7a9b0c, language ro',
        }),
      },
    ]);
  });

  it('never meets the recovery period by a fact: a requested decision inside it leaves it open, an unrequested one is a breach', () => {
    const { state, apply } = newJourney();
    apply(fact('harbour.identification.nrm-referral.submitted.v1', { country: 'BE' }));
    apply(fact('harbour.identification.reasonable-grounds.decided.v1'));
    const requested = apply(fact('harbour.identification.conclusive-grounds.decided.v1', { decidedAt: '2026-03-20T10:00:00.000Z', requestedByPerson: true }));

    const period = () => state.ledger.all().find(({ ruleId }) => ruleId === 'cets-13-recovery-period')!;
    expect(period()).toMatchObject({ status: 'open' });
    expect(period().breaches).toBeUndefined();
    expect(of(requested, 'publish-outcome').map(({ obligation }) => obligation.ruleId)).toEqual(['cets-10-no-removal']);

    apply(fact('harbour.identification.conclusive-grounds.decided.v1', { decidedAt: '2026-03-21T10:00:00.000Z', requestedByPerson: false }));
    expect(period()).toMatchObject({ status: 'open', breaches: [{ at: '2026-03-21T10:00:00.000Z', what: expect.stringMatching(/without the person's request/) }] });
  });

  it("publishes an obligation the victim declined, citing their choice", () => {
    const { apply } = newJourney();
    apply(fact('harbour.reporting.report.received.v1'));
    apply(fact('harbour.justice.notification-preferences.recorded.v1', { wantsCaseUpdates: false, recordedAt: '2026-03-03T09:00:00.000Z' }));
    const effects = apply(fact('harbour.justice.proceeding-milestone.recorded.v1'));

    expect(of(effects, 'publish-outcome').map(({ obligation }) => obligation)).toEqual([
      expect.objectContaining({
        ruleId: 'vrd-6-case-update',
        status: 'declined-by-victim',
        reasonCode: 'victim-declined',
        evidence: 'the victim asked on 2026-03-03T09:00:00.000Z not to be told',
      }),
    ]);
    expect(of(effects, 'start-clock')).toEqual([]);
  });

  describe('asks the services to act where the rule says', () => {
    it.each([
      ['a formal complaint', 'harbour.reporting.report.received.v1', { service: 'reporting', action: 'issueComplaintAcknowledgement', command: { journeyId, reportId: '6f1c2a3e-9b7d-4c1e-8a2b-1d3e5f7a9b0c' } }],
      ['a non-punishment flag', 'harbour.identification.non-punishment.flagged.v1', { service: 'justice', action: 'notifyProsecutionOfNonPunishment', command: { journeyId, flagId: '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a' } }],
      [
        'a cross-border compensation application',
        'harbour.compensation.cross-border-application.received.v1',
        { service: 'compensation', action: 'transmitClaim', command: { journeyId, claimId: '3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d' } },
      ],
    ])('%s: as its obligation opens, after its clock', (_what, type, action) => {
      const { apply } = newJourney();
      apply(fact('harbour.support.self-referral.received.v1'));
      const effects = apply(fact(type));
      expect(of(effects, 'call-service')).toEqual([{ kind: 'call-service', action }]);
      expect(effects.findIndex(({ kind }) => kind === 'call-service')).toBeGreaterThan(effects.findIndex(({ kind }) => kind === 'start-clock'));
    });

    it("an order's reminder asks for renewal to be considered, its end date for its expiry", () => {
      const { state, env, apply } = newJourney();
      const orderId = randomUUID();
      apply(fact('harbour.protection.order.issued.v1', { orderId, country: 'BE' }));
      const order = state.ledger.openOf(['protection-order-expiry'])[0];
      const remindedAt = '2026-08-29T00:00:00.000Z';

      expect(of(Array.from(reminderEffects(state, order.obligationId, remindedAt, env)), 'call-service')).toEqual([
        { kind: 'call-service', action: { service: 'protection', action: 'remindOrderRenewal', command: { journeyId, orderId, dueAt: remindedAt } } },
      ]);
      const ended = state.ledger.close(order.obligationId, 'ended', order.dueAt!, 'order-ended-on-its-date')!;
      expect(Array.from(dueEffects(state, ended, env)).map(({ kind }) => kind)).toEqual(['refresh', 'publish-outcome', 'call-service']);
      expect(of(Array.from(dueEffects(state, ended, env)), 'call-service')[0].action).toEqual({
        service: 'protection',
        action: 'expireOrder',
        command: { journeyId, orderId, at: order.dueAt },
      });
    });

    it('not in journeys that began before the journey asked, which are asked at the same point', () => {
      const { apply, asked } = newJourney((id) => !id.startsWith('journey-asks-'));
      const effects = [fact('harbour.reporting.report.received.v1'), fact('harbour.identification.non-punishment.flagged.v1')].flatMap(apply);
      expect(of(effects, 'call-service')).toEqual([]);
      expect(asked.filter((id) => id.startsWith('journey-asks-'))).toEqual(['journey-asks-complaint-acknowledgement', 'journey-asks-non-punishment-notice']);
    });
  });
  describe('a notice only queued, a translation only requested', () => {
    /** Closes the obligation at its due time as the clock does, and returns what follows. */
    const atDue = (state: JourneyCoreState, env: JourneyEnv, obligationId: string) => {
      const obligation = state.ledger.get(obligationId);
      const { status, reasonCode, evidence } = outcomeAtDue(obligation);
      return Array.from(dueEffects(state, state.ledger.close(obligationId, status, obligation.dueAt!, reasonCode, evidence)!, env));
    };

    it('a case update queued with an SMS provider and never delivered is missed as such, and a task for the prosecutor liaison', () => {
      const { state, env, apply } = newJourney();
      apply(fact('harbour.reporting.report.received.v1'));
      apply(fact('harbour.justice.proceeding-milestone.recorded.v1'));
      apply(fact('harbour.justice.victim-notification.queued.v1', { queuedAt: '2026-05-11T10:00:00.000Z' }));
      const [update] = state.ledger.openOf(['vrd-6-case-update']);
      expect(update.marks).toEqual([{ mark: 'queued', at: '2026-05-11T10:00:00.000Z' }]);

      const effects = atDue(state, env, update.obligationId);
      expect(of(effects, 'publish-outcome')[0].obligation).toMatchObject({
        status: 'missed',
        reasonCode: 'queued-without-receipt',
        evidence: 'handed to a provider at 2026-05-11T10:00:00.000Z; no delivery receipt by the due time',
      });
      expect(of(effects, 'raise-task').map(({ task }) => task)).toEqual(['evidence-awaited', 'notify-operations']);
    });

    it('a queued notice that is then delivered meets the case update', () => {
      const { state, apply } = newJourney();
      apply(fact('harbour.reporting.report.received.v1'));
      apply(fact('harbour.justice.proceeding-milestone.recorded.v1'));
      apply(fact('harbour.justice.victim-notification.queued.v1'));
      const effects = apply(fact('harbour.justice.victim-notification.delivered.v1'));
      expect(of(effects, 'publish-outcome').map(({ obligation }) => [obligation.ruleId, obligation.status])).toEqual([['vrd-6-case-update', 'met']]);
      expect(state.ledger.openOf(['vrd-6-case-update'])).toEqual([]);
    });

    it('an acknowledgement whose translation was requested and not done is missed as such', () => {
      const { state, env, apply } = newJourney();
      apply(fact('harbour.reporting.report.received.v1'));
      apply(fact('harbour.reporting.acknowledgement-translation.requested.v1'));
      const [acknowledgement] = state.ledger.openOf(['vrd-5-acknowledgement']);
      expect(of(atDue(state, env, acknowledgement.obligationId), 'publish-outcome')[0].obligation).toMatchObject({ status: 'missed', reasonCode: 'translation-not-done' });
    });

    it('journeys from before this keep missing it as the due time passing', () => {
      const { state, env, apply } = newJourney((id) => id !== 'marks-awaited-evidence');
      apply(fact('harbour.reporting.report.received.v1'));
      apply(fact('harbour.justice.proceeding-milestone.recorded.v1'));
      apply(fact('harbour.justice.victim-notification.queued.v1'));
      const [update] = state.ledger.openOf(['vrd-6-case-update']);
      expect(of(atDue(state, env, update.obligationId), 'publish-outcome')[0].obligation).toMatchObject({ reasonCode: 'due-time-passed' });
    });
  });
});

describe('a cancellation by operations', () => {
  const report = () => fact('harbour.reporting.report.received.v1', { country: 'BE', receivedAt: '2026-03-02T09:00:00.000Z' });

  it('closes the obligation as cancelled with its reason and publishes it', () => {
    const { state, env, apply } = newJourney();
    apply(report());
    const effects = Array.from(cancelEffects(state, { obligationId: 'vrd-4-information#1', reason: 'entered-in-error' }, '2026-03-02T10:00:00.000Z', env));
    expect(of(effects, 'publish-outcome').map(({ obligation }) => [obligation.obligationId, obligation.status, obligation.reasonCode])).toEqual([['vrd-4-information#1', 'cancelled', 'entered-in-error']]);
    expect(state.ledger.get('vrd-4-information#1')).toMatchObject({ status: 'cancelled', closedAt: '2026-03-02T10:00:00.000Z', evidence: 'cancelled by operations: entered-in-error' });
  });

  it('only closes it in a journey from before cancellations were published', () => {
    const { state, env, apply } = newJourney((id) => id !== 'publish-cancellation');
    apply(report());
    const effects = Array.from(cancelEffects(state, { obligationId: 'vrd-4-information#1', reason: 'entered-in-error' }, '2026-03-02T10:00:00.000Z', env));
    expect(of(effects, 'publish-outcome')).toEqual([]);
    expect(state.ledger.get('vrd-4-information#1').status).toBe('cancelled');
  });
});

describe('a removal while identification is under way', () => {
  const submitted = () => fact('harbour.identification.nrm-referral.submitted.v1', { country: 'BE' });
  const positive = () => fact('harbour.identification.reasonable-grounds.decided.v1');
  const removal = (removedAt: string) => fact('harbour.identification.removal.recorded.v1', { removedAt });

  it('closes "do not remove" as breached at once, and the recovery period ends breached with the removal as evidence', () => {
    const { state, apply } = newJourney();
    apply(submitted());
    apply(positive());
    const effects = apply(removal('2026-03-20T06:00:00.000Z'));
    expect(of(effects, 'publish-outcome').map(({ obligation }) => [obligation.ruleId, obligation.status, obligation.reasonCode])).toEqual([
      ['cets-10-no-removal', 'breached', 'removed-while-protected'],
    ]);
    const period = state.ledger.openOf(['cets-13-recovery-period'])[0];
    expect(period.breaches).toEqual([
      { at: '2026-03-20T06:00:00.000Z', what: expect.stringMatching(/^the person was removed while identification was under way \(removal recorded: nrmReferralId 6b1e2c3d-/) },
    ]);
    expect(outcomeAtDue(period)).toMatchObject({ status: 'breached', reasonCode: 'breached-during-protection-period' });
  });

  it('changes nothing in a journey from before removals were facts, nor after the referral was decided', () => {
    const before = newJourney((id) => id !== 'removal-breaches');
    before.apply(submitted());
    expect(of(before.apply(removal('2026-03-20T06:00:00.000Z')), 'publish-outcome')).toEqual([]);
    expect(before.state.ledger.openOf(['cets-10-no-removal'])).toHaveLength(1);

    const decided = newJourney();
    decided.apply(submitted());
    decided.apply(positive());
    decided.apply(fact('harbour.identification.conclusive-grounds.decided.v1', { decidedAt: '2026-06-10T09:00:00.000Z', requestedByPerson: false }));
    expect(of(decided.apply(removal('2026-07-01T06:00:00.000Z')), 'publish-outcome')).toEqual([]);
    // The recovery period had ended before the removal: it was respected.
    expect(decided.state.ledger.openOf(['cets-13-recovery-period'])[0].breaches).toBeUndefined();
  });
});
