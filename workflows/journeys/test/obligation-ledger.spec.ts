import { euBaseline, resolveRule } from '@harbour/rules';
import { missedCount, nextDeadline, ObligationLedger } from '../src/obligation-ledger';

const vrd4 = resolveRule(euBaseline, 'BE', 'vrd-4-information');
const vrd5 = resolveRule(euBaseline, 'BE', 'vrd-5-acknowledgement');

describe(ObligationLedger.name, () => {
  it('opens an obligation with its rule, legal basis, pack and due time, numbered per rule', () => {
    const ledger = new ObligationLedger();
    ledger.open(vrd5, '2026-03-06T16:00:00.000Z', '2026-03-09T22:59:59.999Z');
    const second = ledger.open(vrd5, '2026-03-10T09:00:00.000Z', '2026-03-11T22:59:59.999Z');
    expect(second).toEqual({
      obligationId: 'vrd-5-acknowledgement#2',
      ruleId: 'vrd-5-acknowledgement',
      title: 'Written acknowledgement of the complaint',
      legalBasis: 'Directive 2012/29/EU Art 5(1), 5(3)',
      basis: 'default',
      rulePack: 'eu-baseline@1',
      openedAt: '2026-03-10T09:00:00.000Z',
      dueAt: '2026-03-11T22:59:59.999Z',
      status: 'open',
    });
  });

  it('closes an obligation once: a late second outcome changes nothing', () => {
    const ledger = new ObligationLedger();
    const { obligationId } = ledger.open(vrd4, '2026-03-06T16:00:00.000Z', '2026-03-07T16:00:00.000Z');
    expect(ledger.close(obligationId, 'met', '2026-03-06T18:00:00.000Z', 'evidence-received', 'information given in Romanian')).toMatchObject({
      status: 'met',
      reasonCode: 'evidence-received',
      closedAt: '2026-03-06T18:00:00.000Z',
      evidence: 'information given in Romanian',
    });
    expect(ledger.close(obligationId, 'missed', '2026-03-07T16:00:00.000Z', 'due-time-passed')).toBeUndefined();
    expect(ledger.get(obligationId).status).toBe('met');
  });

  it('moves the due time and records breaches only while the obligation is open', () => {
    const ledger = new ObligationLedger();
    const { obligationId } = ledger.open(vrd4, '2026-03-06T16:00:00.000Z', '2026-03-07T16:00:00.000Z');
    ledger.retime(obligationId, '2026-03-07T10:00:00.000Z');
    ledger.recordBreach(obligationId, '2026-03-06T17:00:00.000Z', 'decided too early');
    expect(ledger.get(obligationId)).toMatchObject({ dueAt: '2026-03-07T10:00:00.000Z', breaches: [{ at: '2026-03-06T17:00:00.000Z', what: 'decided too early' }] });
    ledger.close(obligationId, 'met', '2026-03-06T18:00:00.000Z', 'evidence-received');
    ledger.retime(obligationId, '2026-03-08T10:00:00.000Z');
    ledger.recordBreach(obligationId, '2026-03-06T19:00:00.000Z', 'decided again');
    expect(ledger.get(obligationId)).toMatchObject({ dueAt: '2026-03-07T10:00:00.000Z', breaches: [{ what: 'decided too early' }] });
  });

  it('carries its obligations into a new ledger without sharing them', () => {
    const ledger = new ObligationLedger();
    const { obligationId } = ledger.open(vrd4, '2026-03-06T16:00:00.000Z', '2026-03-07T16:00:00.000Z');
    const carried = new ObligationLedger(ledger.all());
    carried.close(obligationId, 'missed', '2026-03-07T16:00:00.000Z', 'due-time-passed');
    expect(ledger.isOpen(obligationId)).toBe(true);
    expect(carried.openObligations()).toEqual([]);
  });

  it('tells the next deadline among open obligations and how many were missed', () => {
    const ledger = new ObligationLedger();
    const early = ledger.open(vrd4, '2026-03-06T16:00:00.000Z', '2026-03-07T16:00:00.000Z');
    ledger.open(vrd5, '2026-03-06T16:00:00.000Z', '2026-03-09T22:59:59.999Z');
    expect(nextDeadline(ledger.all())).toBe('2026-03-07T16:00:00.000Z');
    ledger.close(early.obligationId, 'missed', '2026-03-07T16:00:00.000Z', 'due-time-passed');
    expect(nextDeadline(ledger.all())).toBe('2026-03-09T22:59:59.999Z');
    expect(missedCount(ledger.all())).toBe(1);
  });

  it('finds the open obligation of a subject, so that two complaints have two acknowledgements', () => {
    const ledger = new ObligationLedger();
    ledger.open(vrd5, '2026-03-06T16:00:00.000Z', '2026-03-09T22:59:59.999Z', 'report-a');
    const second = ledger.open(vrd5, '2026-03-06T17:00:00.000Z', '2026-03-09T22:59:59.999Z', 'report-b');
    expect(ledger.openOf(['vrd-5-acknowledgement'], 'report-b')).toEqual([second]);
    expect(ledger.openOf(['vrd-5-acknowledgement'])).toHaveLength(2);
    expect(ledger.openOf(['vrd-4-information'])).toEqual([]);
  });

  it('notes marks that decide the outcome at the due time while an obligation is open, and counts it from an earlier trigger', () => {
    const ledger = new ObligationLedger();
    const { obligationId } = ledger.open(vrd4, '2026-03-06T16:00:00.000Z', '2026-03-07T16:00:00.000Z');
    ledger.mark(obligationId, 'renewal-due', '2026-03-06T17:00:00.000Z');
    ledger.backdate(obligationId, '2026-03-06T10:00:00.000Z', '2026-03-07T10:00:00.000Z');
    expect(ledger.get(obligationId)).toMatchObject({ openedAt: '2026-03-06T10:00:00.000Z', dueAt: '2026-03-07T10:00:00.000Z', marks: [{ mark: 'renewal-due', at: '2026-03-06T17:00:00.000Z' }] });
    ledger.close(obligationId, 'ended', '2026-03-07T10:00:00.000Z', 'order-ended-on-its-date');
    ledger.mark(obligationId, 'renewal-due', '2026-03-07T11:00:00.000Z');
    ledger.backdate(obligationId, '2026-03-05T10:00:00.000Z', '2026-03-06T10:00:00.000Z');
    expect(ledger.get(obligationId)).toMatchObject({ status: 'ended', openedAt: '2026-03-06T10:00:00.000Z', marks: [{ at: '2026-03-06T17:00:00.000Z' }] });
  });

  it('notes reminders while an obligation is open, and none after it closed', () => {
    const ledger = new ObligationLedger();
    const { obligationId } = ledger.open(vrd4, '2026-03-06T16:00:00.000Z', '2026-03-07T16:00:00.000Z');
    ledger.remind(obligationId, '2026-03-07T04:00:00.000Z');
    ledger.close(obligationId, 'met', '2026-03-07T05:00:00.000Z', 'evidence-received');
    ledger.remind(obligationId, '2026-03-07T10:00:00.000Z');
    expect(ledger.get(obligationId).remindedAt).toEqual(['2026-03-07T04:00:00.000Z']);
  });
});
