import { MeasureTransitionError, MeasureTransitions, nextMeasureStatus } from './measure-status';

describe('measure status table', () => {
  it('allows exactly these transitions', () => {
    expect(MeasureTransitions).toMatchSnapshot();
  });

  it('moves a measure in force to renewed, expired or revoked', () => {
    expect(nextMeasureStatus('active', 'renew')).toBe('renewed');
    expect(nextMeasureStatus('renewed', 'renew')).toBe('renewed');
    expect(nextMeasureStatus('active', 'expire')).toBe('expired');
    expect(nextMeasureStatus('renewed', 'revoke')).toBe('revoked');
  });

  it('keeps the status for steps that only record something', () => {
    expect(nextMeasureStatus('active', 'report-breach')).toBe('active');
    expect(nextMeasureStatus('renewed', 'remind')).toBe('renewed');
    expect(nextMeasureStatus('renewed', 'decline-renewal')).toBe('renewed');
  });

  it('refuses any step on an expired or revoked measure, saying so', () => {
    expect(() => nextMeasureStatus('expired', 'renew')).toThrow(new MeasureTransitionError('expired', 'renew'));
    expect(() => nextMeasureStatus('expired', 'renew')).toThrow('a measure that is expired cannot be renewed');
    expect(() => nextMeasureStatus('revoked', 'report-breach')).toThrow('a measure that is revoked cannot be reported breached');
  });
});
