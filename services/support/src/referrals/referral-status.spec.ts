import { nextReferralStatus, ReferralAction, ReferralStatus, ReferralTransitionError, ReferralTransitions } from './referral-status';

describe('referral status table', () => {
  it('allows exactly these transitions', () => {
    expect(ReferralTransitions).toMatchSnapshot();
  });

  it.each([
    ['offered', 'accept', 'accepted'],
    ['offered', 'decline', 'declined'],
    ['offered', 'withdraw', 'withdrawn'],
    ['accepted', 'start', 'in-progress'],
    ['in-progress', 'complete', 'completed'],
    ['offered', 'revoke', 'revoked'],
    ['accepted', 'revoke', 'revoked'],
    ['in-progress', 'revoke', 'revoked'],
  ] as [ReferralStatus, ReferralAction, ReferralStatus][])('moves a referral %s on %s to %s', (from, action, to) => {
    expect(nextReferralStatus(from, action)).toBe(to);
  });

  it('refuses to accept a referral the journey already withdrew, saying so', () => {
    expect(() => nextReferralStatus('withdrawn', 'accept')).toThrow(new ReferralTransitionError('withdrawn', 'accept'));
    expect(() => nextReferralStatus('withdrawn', 'accept')).toThrow('a referral that is withdrawn cannot be accepted');
  });

  it('refuses to skip a step or to move a finished referral', () => {
    expect(() => nextReferralStatus('offered', 'complete')).toThrow('a referral that is offered cannot be completed');
    expect(() => nextReferralStatus('accepted', 'complete')).toThrow('a referral that is accepted cannot be completed');
    expect(() => nextReferralStatus('completed', 'revoke')).toThrow('a referral that is completed cannot be revoked');
    expect(() => nextReferralStatus('declined', 'start')).toThrow('a referral that is declined cannot be started');
  });
});
