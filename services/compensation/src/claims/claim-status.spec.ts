import { ClaimTransitionError, ClaimTransitions, nextClaimStatus } from './claim-status';

describe('claim status table', () => {
  it('allows exactly these transitions', () => {
    expect(ClaimTransitions).toMatchSnapshot();
  });

  it('walks a national claim from opened to paid', () => {
    expect(nextClaimStatus('opened', 'submit')).toBe('submitted');
    expect(nextClaimStatus('submitted', 'decide')).toBe('decided');
    expect(nextClaimStatus('decided', 'pay')).toBe('paid');
  });

  it('walks a cross-border application from received to decided, chases leaving it transmitted', () => {
    expect(nextClaimStatus('received', 'transmit')).toBe('transmitted');
    expect(nextClaimStatus('transmitted', 'chase')).toBe('transmitted');
    expect(nextClaimStatus('transmitted', 'acknowledge')).toBe('acknowledged');
    expect(nextClaimStatus('acknowledged', 'decide')).toBe('decided');
  });

  it('lets a decision, even a paid one, be appealed, and the appeal be decided again', () => {
    expect(nextClaimStatus('decided', 'appeal')).toBe('appealed');
    expect(nextClaimStatus('paid', 'appeal')).toBe('appealed');
    expect(nextClaimStatus('appealed', 'decide')).toBe('decided');
  });

  it('refuses what the table does not allow, saying what and why', () => {
    expect(() => nextClaimStatus('opened', 'decide')).toThrow(new ClaimTransitionError('opened', 'decide'));
    expect(() => nextClaimStatus('opened', 'decide')).toThrow('a claim that is opened cannot be decided');
    expect(() => nextClaimStatus('paid', 'pay')).toThrow('a claim that is paid cannot be paid');
    expect(() => nextClaimStatus('acknowledged', 'chase')).toThrow('a claim that is acknowledged cannot be chased');
    expect(() => nextClaimStatus('opened', 'transmit')).toThrow('a claim that is opened cannot be transmitted');
  });
});
