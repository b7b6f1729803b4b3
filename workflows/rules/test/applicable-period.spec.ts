import { euBaseline, resolveRule, withApplicablePeriod } from '../src';

describe(withApplicablePeriod.name, () => {
  const assessment = resolveRule(euBaseline, 'NL', 'vrd-22-individual-assessment');
  const childPresumption = resolveRule(euBaseline, 'NL', 'cets-10-child-presumption');

  it("gives a child the rule's children figure, and an adult the rule's own", () => {
    expect(withApplicablePeriod(assessment, { child: true }).due).toEqual({ unit: 'hours', amount: 24 });
    expect(withApplicablePeriod(assessment, {}).due).toEqual({ unit: 'working-days', amount: 5 });
  });

  it('keeps the period of a rule without a children figure for a child', () => {
    const nrm = resolveRule(euBaseline, 'NL', 'nrm-reasonable-grounds');
    expect(withApplicablePeriod(nrm, { child: true }).due).toEqual(nrm.due);
  });

  it('runs to a named follow-up, and refuses one the rule does not have', () => {
    expect(withApplicablePeriod(childPresumption, { followUp: 'a guardian is appointed' }).due).toEqual({ unit: 'hours', amount: 24 });
    expect(() => withApplicablePeriod(childPresumption, { followUp: 'a lawyer is appointed' })).toThrow(/no follow-up 'a lawyer is appointed'/);
  });
});
