import {
  AppealLodgedEvent,
  ClaimDecidedEvent,
  ClaimOpenedEvent,
  ClaimSubmittedEvent,
  CrossBorderApplicationReceivedEvent,
  DecidingAuthorityChasedEvent,
  fromKafkaRecord,
  PaymentMadeEvent,
  validateEvent,
} from '@harbour/contracts';
import { Claim, ClaimChange, ClaimStep, ClaimTerms, openClaim, planStep, receiveCrossBorderApplication } from './claim';
import { ClaimConflictError, InvalidClaimRequestError } from './claim-errors';
import { ClaimTransitionError } from './claim-status';

const journeyId = '5d9f0c1e-2b3a-4c5d-8e6f-7a8b9c0d1e2f';
const openedAt = new Date('2026-03-02T10:00:00.000Z');
const terms: ClaimTerms = {
  journeyId,
  scheme: 'state-fund',
  crimeDate: new Date('2025-11-14T00:00:00.000Z'),
  crimeCountry: 'BE',
  perpetratorKnown: true,
  currency: 'EUR',
  headsOfLoss: [
    { head: 'unpaid-wages', amount: 4200.5 },
    { head: 'psychological-care', amount: 800 },
  ],
};

/** Applies a planned change the way the repository's update does, for walking a claim through its steps. */
function applied(claim: Claim, change: ClaimChange): Claim {
  const next = structuredClone(claim) as Claim & Record<string, unknown>;
  next.status = change.status;
  for (const [path, value] of Object.entries(change.set)) setPath(next, path, value);
  for (const [path, value] of Object.entries(change.push)) (getPath(next, path) as unknown[]).push(value);
  return next;
}
const setPath = (target: Record<string, unknown>, path: string, value: unknown) => {
  const keys = path.split('.');
  const last = keys.pop()!;
  (keys.reduce((node, key) => node[key] as Record<string, unknown>, target) as Record<string, unknown>)[last] = value;
};
const getPath = (target: Record<string, unknown>, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], target);

function walk(claim: Claim, steps: [ClaimStep, Date][]): Claim {
  return steps.reduce((current, [step, at]) => applied(current, planStep(current, step, 'officer-3', at)), claim);
}

const documents = (['identity-document', 'police-report', 'proof-of-loss', 'bank-details'] as const).map(
  (kind): [ClaimStep, Date] => [{ action: 'record-document', kind, encryptedReference: 'hk1:sealed' }, openedAt],
);

describe('a compensation claim', () => {
  it('opens with ClaimOpened carrying exactly the claim id, scheme, crime date and opening time', () => {
    const claim = openClaim(terms, 'officer-3', openedAt);

    expect(claim.status).toBe('opened');
    const event = fromKafkaRecord(claim.outbox[0].record);
    expect(validateEvent(event)).toEqual({ ok: true, value: expect.anything() });
    expect(event).toMatchObject({ type: ClaimOpenedEvent.type, subject: journeyId });
    expect(event.data).toEqual({ claimId: claim._id, scheme: 'state-fund', crimeDate: '2025-11-14T00:00:00.000Z', openedAt: openedAt.toISOString() });
  });

  it('refuses to submit while required documents are missing, naming them', () => {
    const claim = walk(openClaim(terms, 'officer-3', openedAt), documents.slice(0, 2));

    expect(() => planStep(claim, { action: 'submit', incomplete: false }, 'officer-3', openedAt)).toThrow(
      new ClaimConflictError(
        'the checklist lacks required documents: proof-of-loss, bank-details; record them, or submit with "incomplete": true to send the claim as it is',
      ),
    );
  });

  it('submits an incomplete claim when told to, and says so in ClaimSubmitted', () => {
    const claim = openClaim(terms, 'officer-3', openedAt);

    const change = planStep(claim, { action: 'submit', incomplete: true }, 'officer-3', openedAt);

    expect(change.status).toBe('submitted');
    expect(change.event).toMatchObject({ type: ClaimSubmittedEvent.type, data: { claimId: claim._id, submittedAt: openedAt.toISOString(), complete: false } });
  });

  it('submits a complete claim as complete', () => {
    const claim = walk(openClaim(terms, 'officer-3', openedAt), documents);

    expect(planStep(claim, { action: 'submit', incomplete: false }, 'officer-3', openedAt).event?.data).toMatchObject({ complete: true });
  });

  it('refuses a document its scheme does not ask for', () => {
    const claim = openClaim(terms, 'officer-3', openedAt);

    expect(() => planStep(claim, { action: 'record-document', kind: 'criminal-judgement', encryptedReference: 'hk1:x' }, 'officer-3', openedAt)).toThrow(
      new InvalidClaimRequestError('a criminal-judgement is not on the state-fund checklist of this claim'),
    );
  });

  describe('decided', () => {
    const decidedAt = new Date('2026-06-10T09:00:00.000Z');
    const submitted = () => walk(openClaim(terms, 'officer-3', openedAt), [...documents, [{ action: 'submit', incomplete: false }, openedAt]]);
    const decided = (step: ClaimStep = { action: 'decide', outcome: 'partly-granted', amount: 3000 }) => walk(submitted(), [[step, decidedAt]]);

    it('publishes ClaimDecided with the appeal deadline of the scheme (60 days for the state fund)', () => {
      const change = planStep(submitted(), { action: 'decide', outcome: 'partly-granted', amount: 3000 }, 'officer-3', decidedAt);

      expect(change.event).toMatchObject({
        type: ClaimDecidedEvent.type,
        data: { outcome: 'partly-granted', decidedAt: decidedAt.toISOString(), appealDeadline: '2026-08-09T09:00:00.000Z' },
      });
      expect(validateEvent(change.event!).ok).toBe(true);
    });

    it('refuses an amount that does not fit the outcome', () => {
      const claim = submitted();
      const decide = (outcome: 'granted' | 'partly-granted' | 'refused', amount: number) => () =>
        planStep(claim, { action: 'decide', outcome, amount }, 'officer-3', decidedAt);

      expect(decide('refused', 10)).toThrow('a refused claim awards no amount: amount must be 0');
      expect(decide('granted', 100)).toThrow('a granted claim awards the amount claimed (5000.5); use partly-granted for less');
      expect(decide('partly-granted', 5000.5)).toThrow('a partly-granted claim awards less than the amount claimed (5000.5)');
      expect(decide('partly-granted', 0)).toThrow('an outcome partly-granted awards an amount above 0');
      expect(decide('granted', 5000.5)).not.toThrow();
    });

    it('pays the amount awarded, once', () => {
      const change = planStep(decided(), { action: 'pay' }, 'officer-3', decidedAt);

      expect(change.push).toEqual({ payments: { paymentId: expect.any(String), amount: 3000, paidAt: decidedAt } });
      expect(change.event).toMatchObject({ type: PaymentMadeEvent.type, data: { paymentId: expect.any(String), paidAt: decidedAt.toISOString() } });
      const paid = applied(decided(), change);
      expect(() => planStep(paid, { action: 'pay' }, 'officer-3', decidedAt)).toThrow(new ClaimTransitionError('paid', 'pay'));
    });

    it('never pays a refused claim, nor more than awarded', () => {
      expect(() => planStep(decided({ action: 'decide', outcome: 'refused', amount: 0 }), { action: 'pay' }, 'officer-3', decidedAt)).toThrow(
        new ClaimConflictError('a refused claim cannot be paid'),
      );
      expect(() => planStep(decided(), { action: 'pay', amount: 3000.01 }, 'officer-3', decidedAt)).toThrow('the payment (3000.01) exceeds the amount still owed (3000)');
    });

    it('pays only what is still owed once an appeal raised the award, and nothing when the appeal confirmed it', () => {
      const paidThenAppealed = walk(decided(), [
        [{ action: 'pay' }, decidedAt],
        [{ action: 'appeal' }, decidedAt],
      ]);

      const raised = walk(paidThenAppealed, [[{ action: 'decide', outcome: 'granted', amount: 5000.5 }, decidedAt]]);
      expect(planStep(raised, { action: 'pay' }, 'officer-3', decidedAt).push).toMatchObject({ payments: { amount: 2000.5 } });

      const confirmed = walk(paidThenAppealed, [[{ action: 'decide', outcome: 'partly-granted', amount: 3000 }, decidedAt]]);
      expect(() => planStep(confirmed, { action: 'pay' }, 'officer-3', decidedAt)).toThrow(new ClaimConflictError('the amount awarded (3000) is paid already'));
    });

    it('accepts an appeal up to the appeal deadline and refuses it after', () => {
      const lastMoment = new Date('2026-08-09T09:00:00.000Z');

      const lodged = planStep(decided(), { action: 'appeal' }, 'officer-3', lastMoment);
      expect(lodged).toMatchObject({ status: 'appealed', event: { type: AppealLodgedEvent.type, data: { lodgedAt: lastMoment.toISOString() } } });

      expect(() => planStep(decided(), { action: 'appeal' }, 'officer-3', new Date(lastMoment.getTime() + 1))).toThrow(
        new ClaimConflictError('the appeal window closed at 2026-08-09T09:00:00.000Z'),
      );
    });

    it('counts a new appeal window from the decision on the appeal', () => {
      const appealDecidedAt = new Date('2026-09-01T09:00:00.000Z');
      const reDecided = walk(decided(), [
        [{ action: 'appeal' }, decidedAt],
        [{ action: 'decide', outcome: 'granted', amount: 5000.5 }, appealDecidedAt],
      ]);

      expect(reDecided.status).toBe('decided');
      expect(() => planStep(reDecided, { action: 'appeal' }, 'officer-3', new Date('2026-10-15T00:00:00.000Z'))).not.toThrow();
    });
  });

  describe('received across borders', () => {
    const received = () => receiveCrossBorderApplication({ ...terms, crimeCountry: 'BE' }, { assistingCountry: 'RO', encryptedStandardForm: 'hk1:form' }, 'officer-9', openedAt);

    it('publishes CrossBorderApplicationReceived naming only the two countries', () => {
      const claim = received();

      expect(claim).toMatchObject({ status: 'received', crossBorder: { assistingCountry: 'RO', decidingCountry: 'BE', chases: [] } });
      const event = fromKafkaRecord(claim.outbox[0].record);
      expect(event.type).toBe(CrossBorderApplicationReceivedEvent.type);
      expect(event.data).toEqual({ claimId: claim._id, assistingCountry: 'RO', decidingCountry: 'BE', receivedAt: openedAt.toISOString() });
    });

    it('chases a transmitted application, guarded by the chase key so a retry records it once', () => {
      const transmitted = walk(received(), [[{ action: 'transmit' }, openedAt]]);

      const change = planStep(transmitted, { action: 'chase', key: 'run-1/activity-4' }, 'journey', openedAt);

      expect(change).toMatchObject({ status: 'transmitted', newChaseKey: 'run-1/activity-4' });
      expect(change.event).toMatchObject({ type: DecidingAuthorityChasedEvent.type, data: { chaseId: expect.any(String), chasedAt: openedAt.toISOString() } });
    });

    it('refuses an estimated decision date that is already past', () => {
      const transmitted = walk(received(), [[{ action: 'transmit' }, openedAt]]);

      expect(() =>
        planStep(transmitted, { action: 'acknowledge', encryptedContactPerson: 'hk1:c', estimatedDecisionBy: openedAt }, 'officer-9', openedAt),
      ).toThrow(new InvalidClaimRequestError('estimatedDecisionBy must lie after the acknowledgement'));
    });
  });
});
