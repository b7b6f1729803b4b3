import { appealDeadline, appealWindowDays, checklistVocabulary, DefaultAppealWindowDays, schemeMismatch } from './compensation-schemes';

describe('compensation schemes', () => {
  const decidedAt = new Date('2026-06-10T09:00:00.000Z');

  it('closes the appeal window the scheme\'s number of calendar days after the decision', () => {
    expect(appealDeadline(decidedAt, 'BE', 'offender', {})).toEqual(new Date('2026-07-10T09:00:00.000Z'));
    expect(appealDeadline(decidedAt, 'BE', 'state-fund', {})).toEqual(new Date('2026-08-09T09:00:00.000Z'));
  });

  it("uses a country's own period where its law sets one, the default elsewhere", () => {
    const countries = { NL: { 'state-fund': 42 } };
    expect(appealWindowDays('NL', 'state-fund', countries)).toBe(42);
    expect(appealWindowDays('NL', 'offender', countries)).toBe(DefaultAppealWindowDays.offender);
    expect(appealWindowDays('BE', 'state-fund', countries)).toBe(DefaultAppealWindowDays['state-fund']);
    expect(appealDeadline(decidedAt, 'NL', 'state-fund', countries)).toEqual(new Date('2026-07-22T09:00:00.000Z'));
  });

  it('keeps the dedicated fund for crimes whose perpetrator is unknown and the offender scheme for known ones', () => {
    expect(schemeMismatch('dedicated-fund', true)).toMatch(/^scheme dedicated-fund is only for crimes whose perpetrator is unknown/);
    expect(schemeMismatch('offender', false)).toMatch(/^scheme offender needs a known perpetrator/);
    expect(schemeMismatch('dedicated-fund', false)).toBeUndefined();
    expect(schemeMismatch('offender', true)).toBeUndefined();
    expect(schemeMismatch('state-fund', true)).toBeUndefined();
    expect(schemeMismatch('state-fund', false)).toBeUndefined();
  });

  it('lists every checklist entry as <scheme>/<kind> for integrators', () => {
    const vocabulary = checklistVocabulary();
    expect(vocabulary['dedicated-fund/perpetrator-unknown-attestation']).toBe('required');
    expect(vocabulary['state-fund/medical-report']).toBe('optional');
    expect(vocabulary['offender/perpetrator-unknown-attestation']).toBeUndefined();
  });
});
