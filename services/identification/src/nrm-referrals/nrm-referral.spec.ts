import { randomUUID } from 'node:crypto';
import { NrmReferral, planDecision, planExtension, submitReferral } from './nrm-referral';

const journeyId = randomUUID();
const at = new Date('2026-03-02T10:00:00.000Z');
const later = new Date('2026-03-05T14:00:00.000Z');

function submitted(ageGroup: 'adult' | 'child' = 'adult'): NrmReferral {
  const { referral } = submitReferral({ journeyId, ageGroup, consent: ageGroup === 'adult' ? 'recorded' : 'not-required-child' }, 'officer-17', at);
  return { ...referral, outbox: [] };
}

describe(submitReferral.name, () => {
  it("refers an adult with their consent, opens the reasonable-grounds task, and publishes the submission without the person's data", () => {
    const { referral, fact } = submitReferral({ journeyId, ageGroup: 'adult', consent: 'recorded' }, 'officer-17', at);

    expect(referral).toMatchObject({ status: 'awaiting-reasonable-grounds', openTask: 'reasonable-grounds', submittedBy: 'officer-17' });
    expect(referral.decisionTasks).toEqual([{ kind: 'reasonable-grounds', openedAt: at, openedBy: 'officer-17' }]);
    expect(fact).toMatchObject({ type: 'harbour.identification.nrm-referral.submitted.v1', subject: journeyId });
    expect(fact.data).toEqual({ nrmReferralId: referral._id, consent: 'recorded', submittedAt: at.toISOString() });
  });

  it('refers a child without consent', () => {
    expect(submitReferral({ journeyId, ageGroup: 'child', consent: 'not-required-child' }, 'officer-17', at).referral.consent).toBe('not-required-child');
  });

  it('refuses an adult without consent, saying what the law asks', () => {
    expect(() => submitReferral({ journeyId, ageGroup: 'adult', consent: 'not-required-child' }, 'officer-17', at)).toThrow(
      'an adult is referred to the NRM only with their consent: consent must be "recorded" ("not-required-child" is for children)',
    );
  });
});

describe(planDecision.name, () => {
  it('a positive reasonable-grounds decision opens the conclusive-grounds task and keeps the reasons out of the fact', () => {
    const change = planDecision(submitted(), { kind: 'reasonable-grounds', decision: 'positive', encryptedReasons: 'hk1:x' }, 'nrm-3', later);

    expect(change).toMatchObject({ status: 'awaiting-conclusive-grounds', set: { openTask: 'conclusive-grounds' }, unset: [] });
    expect(change.openedTask).toEqual({ kind: 'conclusive-grounds', openedAt: later, openedBy: 'nrm-3' });
    expect(change.fact.data).toEqual({ nrmReferralId: expect.any(String), decision: 'positive', decidedAt: later.toISOString() });
  });

  it('a negative reasonable-grounds decision closes the task', () => {
    const change = planDecision(submitted(), { kind: 'reasonable-grounds', decision: 'negative', encryptedReasons: 'hk1:x' }, 'nrm-3', later);

    expect(change).toMatchObject({ status: 'reasonable-grounds-negative', unset: ['openTask', 'openTaskSince'] });
    expect(change.openedTask).toBeUndefined();
  });

  it('the conclusive-grounds decision records whether the person asked for it', () => {
    const referral = { ...submitted(), status: 'awaiting-conclusive-grounds' as const };
    const change = planDecision(referral, { kind: 'conclusive-grounds', decision: 'positive', encryptedReasons: 'hk1:x', requestedByPerson: true }, 'nrm-3', later);

    expect(change.status).toBe('identified');
    expect(change.fact).toMatchObject({ type: 'harbour.identification.conclusive-grounds.decided.v1', data: { requestedByPerson: true, decision: 'positive' } });
  });

  it('refuses a conclusive-grounds decision before reasonable grounds', () => {
    expect(() =>
      planDecision(submitted(), { kind: 'conclusive-grounds', decision: 'positive', encryptedReasons: 'hk1:x', requestedByPerson: false }, 'nrm-3', later),
    ).toThrow(/^no conclusive-grounds decision now/);
  });
});

describe(planExtension.name, () => {
  const awaitingCg = { ...submitted(), status: 'awaiting-conclusive-grounds' as const };

  it('extends into the future only', () => {
    expect(planExtension(awaitingCg, new Date('2026-05-01T00:00:00.000Z'), later).fact.data).toEqual({
      nrmReferralId: awaitingCg._id,
      extendedAt: later.toISOString(),
      extendedUntil: '2026-05-01T00:00:00.000Z',
    });
    expect(() => planExtension(awaitingCg, at, later)).toThrow(`extendedUntil must be later than ${later.toISOString()}`);
  });
});
