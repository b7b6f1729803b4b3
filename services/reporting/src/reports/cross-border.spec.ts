import { crossBorderDestination, isCrimeAbroad } from './cross-border';

describe(isCrimeAbroad.name, () => {
  it('holds only when a crime country is known and differs from the country of support', () => {
    expect(isCrimeAbroad('BE', 'NL')).toBe(true);
    expect(isCrimeAbroad('BE', 'BE')).toBe(false);
    expect(isCrimeAbroad('BE', undefined)).toBe(false);
  });
});

describe(crossBorderDestination.name, () => {
  it('sends a formal complaint about a crime abroad to the country where it took place', () => {
    expect(crossBorderDestination({ formalComplaint: true, country: 'BE', crimeCountry: 'NL' })).toBe('NL');
  });

  it('sends nothing for a report that is no formal complaint, or about a crime at home', () => {
    expect(crossBorderDestination({ formalComplaint: false, country: 'BE', crimeCountry: 'NL' })).toBeUndefined();
    expect(crossBorderDestination({ formalComplaint: true, country: 'BE', crimeCountry: 'BE' })).toBeUndefined();
    expect(crossBorderDestination({ formalComplaint: true, country: 'BE' })).toBeUndefined();
  });
});
