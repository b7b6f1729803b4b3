import { basisToRefer, VictimObjectedError } from './referral-basis';

describe(basisToRefer.name, () => {
  it('refers on the consent or the legal basis recorded for the journey', () => {
    expect(basisToRefer('consent')).toBe('consent');
    expect(basisToRefer('child-best-interests')).toBe('child-best-interests');
  });

  it('makes only a pseudonymous offer under VRD Art 8(2) when nothing was recorded', () => {
    expect(basisToRefer(undefined)).toBe('vrd-8-2-pseudonymous-offer');
  });

  it('refers nobody once the victim objected', () => {
    expect(() => basisToRefer('objected')).toThrow(VictimObjectedError);
  });
});
