import { nextReferralStatus, ReferralTransitionError, ReferralTransitions } from './referral-status';

describe('referral status table', () => {
  it('allows exactly these transitions', () => {
    expect(ReferralTransitions).toMatchSnapshot();
  });

  it('moves an offered referral to accepted, declined or withdrawn', () => {
    expect(nextReferralStatus('offered', 'accept')).toBe('accepted');
    expect(nextReferralStatus('offered', 'decline')).toBe('declined');
    expect(nextReferralStatus('offered', 'withdraw')).toBe('withdrawn');
  });

  it('refuses to accept a referral the journey already withdrew, saying so', () => {
    expect(() => nextReferralStatus('withdrawn', 'accept')).toThrow(new ReferralTransitionError('withdrawn', 'accept'));
    expect(() => nextReferralStatus('withdrawn', 'accept')).toThrow('a referral that is withdrawn cannot be accepted');
  });
});
