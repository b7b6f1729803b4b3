import { CurrentIndicatorChecklist, IndicatorChecklist, IndicatorChecklistV2026_1 } from './indicator-checklist';
import { scoreScreening } from './score-screening';

describe(scoreScreening.name, () => {
  const checklist = IndicatorChecklistV2026_1;

  it('recommends a referral to the NRM on a single strong indicator, saying which', () => {
    const result = scoreScreening(checklist, ['withheld-identity-documents']);

    expect(result.recommendation).toBe('refer-to-nrm');
    expect(result.reasons).toEqual(['strong indicator observed: withheld-identity-documents', 'total weight 3 against the referral threshold 4']);
    expect(result.flags).toEqual([{ category: 'withheld-documents', indicatorIds: ['withheld-identity-documents'] }]);
  });

  it('recommends a referral when weaker indicators together reach the threshold', () => {
    const result = scoreScreening(checklist, ['deceived-about-work', 'wages-withheld']);

    expect(result).toMatchObject({ recommendation: 'refer-to-nrm', totalWeight: 4 });
    expect(result.reasons).toEqual(['total weight 4 against the referral threshold 4']);
  });

  it('asks the first responder to consider a referral below the threshold', () => {
    const result = scoreScreening(checklist, ['always-accompanied', 'excessive-working-hours', 'lives-at-workplace']);

    expect(result.recommendation).toBe('consider-referral');
    expect(result.flags.map((flag) => flag.category)).toEqual(['restricted-movement', 'working-conditions', 'living-conditions']);
  });

  it('says so when nothing was observed', () => {
    expect(scoreScreening(checklist, [])).toEqual({
      recommendation: 'no-indicators',
      flags: [],
      reasons: ['no indicator of the checklist was observed'],
      totalWeight: 0,
    });
  });

  it('refuses ids that are not in the checklist version', () => {
    expect(() => scoreScreening(checklist, ['debt-bondage', 'looked-nervous'])).toThrow('not indicators of checklist 2026.1: looked-nervous');
  });

  it('weighs by the checklist it is given, so an older screening keeps its own version', () => {
    const stricter: IndicatorChecklist = { ...checklist, version: '2027.1', referralThreshold: 6 };
    expect(scoreScreening(stricter, ['deceived-about-work', 'wages-withheld']).recommendation).toBe('consider-referral');
  });

  it('keeps ids unique, with a wording key per indicator', () => {
    const ids = CurrentIndicatorChecklist.indicators.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of CurrentIndicatorChecklist.indicators) expect(entry.wordingKey).toBe(`screening.indicator.${entry.id}`);
  });
});
