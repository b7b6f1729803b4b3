import { doNotRemove, nextNrmReferralStatus, NrmReferralStatuses, NrmReferralTransitions } from './nrm-referral-status';

describe('NRM referral status table', () => {
  it('allows exactly these steps', () => {
    expect(NrmReferralTransitions).toMatchSnapshot();
  });

  it('leads a positive reasonable-grounds decision to the conclusive-grounds decision, then closes', () => {
    const afterRg = nextNrmReferralStatus('awaiting-reasonable-grounds', 'reasonable-grounds', 'positive');
    expect(afterRg).toBe('awaiting-conclusive-grounds');
    expect(nextNrmReferralStatus(afterRg, 'recovery-period-extension', 'extended')).toBe('awaiting-conclusive-grounds');
    expect(nextNrmReferralStatus(afterRg, 'conclusive-grounds', 'positive')).toBe('identified');
    expect(nextNrmReferralStatus(afterRg, 'conclusive-grounds', 'negative')).toBe('not-identified');
  });

  it('refuses a conclusive-grounds decision before a positive reasonable-grounds one, saying why', () => {
    expect(() => nextNrmReferralStatus('awaiting-reasonable-grounds', 'conclusive-grounds', 'positive')).toThrow(
      'no conclusive-grounds decision now: the referral awaits its reasonable-grounds decision first',
    );
    expect(() => nextNrmReferralStatus('reasonable-grounds-negative', 'conclusive-grounds', 'positive')).toThrow(
      'no conclusive-grounds decision now: reasonable grounds were decided negative, which closed the referral',
    );
  });

  it('refuses a second decision of the same kind', () => {
    expect(() => nextNrmReferralStatus('awaiting-conclusive-grounds', 'reasonable-grounds', 'negative')).toThrow(
      'no reasonable-grounds decision now: reasonable grounds were already decided positive; the referral awaits its conclusive-grounds decision',
    );
    expect(() => nextNrmReferralStatus('identified', 'conclusive-grounds', 'negative')).toThrow(
      'no conclusive-grounds decision now: conclusive grounds were already decided positive, which closed the referral',
    );
  });

  it('extends the recovery period only while the conclusive-grounds decision is awaited', () => {
    for (const status of NrmReferralStatuses.filter((s) => s !== 'awaiting-conclusive-grounds')) {
      expect(() => nextNrmReferralStatus(status, 'recovery-period-extension', 'extended')).toThrow(/^no extension of the recovery period now: /);
    }
  });

  it('records a removal only while the person is protected from one, changing no decision', () => {
    expect(nextNrmReferralStatus('awaiting-reasonable-grounds', 'removal', 'recorded')).toBe('awaiting-reasonable-grounds');
    expect(nextNrmReferralStatus('awaiting-conclusive-grounds', 'removal', 'recorded')).toBe('awaiting-conclusive-grounds');
    for (const status of NrmReferralStatuses.filter((s) => !doNotRemove(s))) {
      expect(() => nextNrmReferralStatus(status, 'removal', 'recorded')).toThrow(/^no removal to record now: /);
    }
  });

  it('keeps the "do not remove" flag up from the referral until the identification closes', () => {
    expect(NrmReferralStatuses.filter(doNotRemove)).toEqual(['awaiting-reasonable-grounds', 'awaiting-conclusive-grounds']);
  });
});
