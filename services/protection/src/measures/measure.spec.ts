import {
  EpoIssuedEvent,
  EpoRecognisedEvent,
  ProtectionOrderBreachReportedEvent,
  ProtectionOrderIssuedEvent,
  ProtectionOrderRenewalDecidedEvent,
  ReassessmentRequestedEvent,
  validateEvent,
} from '@harbour/contracts';
import { Measure, planStep, takeMeasure } from './measure';
import { InvalidMeasureRequestError, MeasureConflictError } from './measure-errors';
import { MeasureTransitionError } from './measure-status';

const journeyId = '5d9f0c1e-2b3a-4c5d-8e6f-7a8b9c0d1e2f';
const at = new Date('2026-03-05T09:00:00.000Z');
const startsAt = new Date('2026-03-05T00:00:00.000Z');
const endsAt = new Date('2026-09-05T00:00:00.000Z');
const order = (): Measure => takeMeasure({ journeyId, kind: 'national-protection-order', startsAt, endsAt, takenBy: 'officer-1' }, at);


describe(takeMeasure.name, () => {
  it('issues an order in force with OrderIssued waiting in its outbox', () => {
    const measure = order();
    expect(measure).toMatchObject({ journeyId, kind: 'national-protection-order', status: 'active', revision: 0, startsAt, endsAt });
    expect(measure.outbox.map((entry) => entry.record.headers.ce_type)).toEqual([ProtectionOrderIssuedEvent.type]);
    expect(JSON.parse(measure.outbox[0].record.value)).toEqual({ orderId: measure._id, kind: 'national-protection-order', startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
  });

  it('refuses an order without an end, or an end before its start', () => {
    expect(() => takeMeasure({ journeyId, kind: 'police-protection', startsAt, takenBy: 'officer-1' }, at)).toThrow(
      new InvalidMeasureRequestError('endsAt is required: a police-protection is an order and must have an end'),
    );
    expect(() => takeMeasure({ journeyId, kind: 'shelter', startsAt: endsAt, endsAt: startsAt, takenBy: 'officer-1' }, at)).toThrow('endsAt must be later than startsAt');
  });

  it('records a shelter place without an end, and sends no order fact for it', () => {
    const shelter = takeMeasure({ journeyId, kind: 'shelter', startsAt, takenBy: 'officer-1' }, at);
    expect(shelter).toMatchObject({ status: 'active', outbox: [] });
  });

  it('issues a European Protection Order with EpoIssued and OrderIssued', () => {
    const epo = takeMeasure(
      { journeyId, kind: 'european-protection-order', startsAt: at, endsAt, takenBy: 'officer-1', epo: { executingCountry: 'NL', underlyingOrderId: order()._id, issuedAt: at } },
      at,
    );
    expect(epo.outbox.map((entry) => entry.record.headers.ce_type)).toEqual([EpoIssuedEvent.type, ProtectionOrderIssuedEvent.type]);
  });
});

describe(planStep.name, () => {
  it('renews an order to a later end and publishes RenewalDecided with it', () => {
    const newEnd = new Date('2027-03-05T00:00:00.000Z');
    const change = planStep(order(), { action: 'renew', endsAt: newEnd }, 'officer-2', at);
    expect(change).toMatchObject({ status: 'renewed', set: { endsAt: newEnd }, push: { renewals: { renewed: true, endsAt: newEnd, decidedBy: 'officer-2' } } });
    expect(change.events).toEqual([expect.objectContaining({ type: ProtectionOrderRenewalDecidedEvent.type, subject: journeyId })]);
    expect(change.events[0].data).toEqual({ orderId: expect.any(String), renewed: true, endsAt: newEnd.toISOString(), decidedAt: at.toISOString() });
    expect(validateEvent(change.events[0]).ok).toBe(true);
  });

  it('refuses a renewal that does not end later than the order does now', () => {
    expect(() => planStep(order(), { action: 'renew', endsAt }, 'officer-2', at)).toThrow(
      new InvalidMeasureRequestError(`endsAt must be later than the measure's current end, ${endsAt.toISOString()}`),
    );
  });

  it('records a refused renewal without changing the status, and tells the journey', () => {
    const change = planStep(order(), { action: 'decline-renewal' }, 'officer-2', at);
    expect(change.status).toBe('active');
    expect(change.events[0].data).toEqual({ orderId: expect.any(String), renewed: false, decidedAt: at.toISOString() });
  });

  it('reports a breach of an order with an urgent re-assessment request, both valid facts', () => {
    const ids = { breachId: '2c4e6a8b-0d1f-4a3c-8e5b-7d9f1b3c5e70', reassessmentRequestId: '4b7e2d1c-8f3a-4c6e-9d2b-7a1e5c3f8b60' };
    const measure = order();
    const change = planStep(measure, { action: 'report-breach', ...ids, inExecutingState: false }, 'officer-2', at);
    expect(change.events.map((event) => [event.type, event.data])).toEqual([
      [ProtectionOrderBreachReportedEvent.type, { orderId: measure._id, breachId: ids.breachId, reportedAt: at.toISOString() }],
      [ReassessmentRequestedEvent.type, { requestId: ids.reassessmentRequestId, reason: 'order-breached', urgent: true, requestedAt: at.toISOString() }],
    ]);
    expect(change.events.every((event) => validateEvent(event).ok)).toBe(true);
  });

  it('refuses a breach of a measure that is not an order, and of a national order "in the executing state"', () => {
    const shelter = takeMeasure({ journeyId, kind: 'shelter', startsAt, takenBy: 'officer-1' }, at);
    const step = { action: 'report-breach', breachId: 'b', reassessmentRequestId: 'r', inExecutingState: false } as const;
    expect(() => planStep(shelter, step, 'officer-2', at)).toThrow(new MeasureConflictError('a shelter is not an order: breaches are reported on orders'));
    expect(() => planStep(order(), { ...step, inExecutingState: true }, 'officer-2', at)).toThrow(MeasureConflictError);
  });

  it('refuses to change an expired order', () => {
    const expired: Measure = { ...order(), status: 'expired' };
    expect(() => planStep(expired, { action: 'revoke', reason: 'court-decision' }, 'officer-2', at)).toThrow(new MeasureTransitionError('expired', 'revoke'));
  });

  it("records the executing state's decision once, with a reason only for a refusal", () => {
    const epo = takeMeasure(
      { journeyId, kind: 'european-protection-order', startsAt: at, endsAt, takenBy: 'officer-1', epo: { executingCountry: 'NL', underlyingOrderId: order()._id, issuedAt: at } },
      at,
    );
    const later = new Date(at.getTime() + 3600_000);
    const recognised = planStep(epo, { action: 'record-recognition', decision: 'recognised', recognisedAt: later }, 'officer-3', later);
    expect(recognised.events.map((event) => [event.type, event.data])).toEqual([[EpoRecognisedEvent.type, { epoId: epo._id, decision: 'recognised', recognisedAt: later.toISOString() }]]);

    const refusedWithoutReason = { action: 'record-recognition', decision: 'refused', recognisedAt: later } as const;
    expect(() => planStep(epo, refusedWithoutReason, 'officer-3', later)).toThrow('a reason is given when, and only when, the order is refused');
    const recorded: Measure = { ...epo, epo: { ...epo.epo!, recognition: { decision: 'recognised', recognisedAt: later, recordedBy: 'officer-3' } } };
    expect(() => planStep(recorded, { action: 'record-recognition', decision: 'recognised', recognisedAt: later }, 'officer-3', later)).toThrow(MeasureConflictError);
    expect(() => planStep(order(), { action: 'record-recognition', decision: 'recognised', recognisedAt: later }, 'officer-3', later)).toThrow(
      /is a national-protection-order, not a European Protection Order/,
    );
  });
});
