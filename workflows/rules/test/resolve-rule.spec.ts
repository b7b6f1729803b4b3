import { computeDueAt, euBaseline, holidayCalendar, latestCountryPackVersion, legalBasisText, resolveRule, RuleId, UnknownCountryPackError, UnknownRuleError } from '../src';

describe(resolveRule.name, () => {
  it('gives the baseline rule, with the pack and version, where the country sets nothing of its own', () => {
    const rule = resolveRule(euBaseline, 'NL', 'vrd-5-acknowledgement');
    expect(rule).toMatchObject({
      id: 'vrd-5-acknowledgement',
      rulePack: 'eu-baseline@1',
      country: 'NL',
      due: { unit: 'working-days', amount: 1 },
      basis: 'default',
    });
    expect(rule.source).toBeUndefined();
    expect(legalBasisText(rule)).toBe('Directive 2012/29/EU Art 5(1), 5(3)');
  });

  it("lets a country pack override a figure, citing its source and naming its own pack", () => {
    const rule = resolveRule(euBaseline, 'be', 'cets-13-recovery-period');
    expect(rule).toMatchObject({
      rulePack: 'be@2',
      country: 'BE',
      due: { unit: 'calendar-days', amount: 45 },
      dueText: '45 days; review on day 45',
    });
    expect(rule.source).toMatch(/Art 61\/2/);
    expect(legalBasisText(rule)).toBe('CETS 197 Art 13; UK Modern Slavery Act 2015 s.50A');
  });

  it('protects a presumed victim in Italy for the six months of the Art 18 permit, ending on the same date', () => {
    const rule = resolveRule(euBaseline, 'IT', 'cets-13-recovery-period');
    expect(rule).toMatchObject({ rulePack: 'it@1', due: { unit: 'months', amount: 6 }, basis: 'law' });
    expect(rule.source).toMatch(/^Decreto legislativo 25 luglio 1998, n\. 286 .*Art 18\(4\)/);
    // Tuesday 10 March 2026 in Rome + 6 months: Thursday 10 September (CEST).
    expect(computeDueAt(rule, { trigger: '2026-03-10T10:00:00.000Z', country: 'IT', calendar: holidayCalendar('IT') })).toBe('2026-09-10T21:59:59.999Z');
    // 15 February 2026 + 6 months: Saturday 15 August (Ferragosto), so Monday 17 August (Regulation 1182/71 Art 3(4)).
    expect(computeDueAt(rule, { trigger: '2026-02-15T10:00:00.000Z', country: 'IT', calendar: holidayCalendar('IT') })).toBe('2026-08-17T21:59:59.999Z');
    expect(resolveRule(euBaseline, 'IT', 'comp-application-window').rulePack).toBe('eu-baseline@1');
  });

  it('protects a presumed victim in Romania for the 90 days of the recovery and reflection period, the last day moved off a holiday', () => {
    const rule = resolveRule(euBaseline, 'RO', 'cets-13-recovery-period');
    expect(rule).toMatchObject({ rulePack: 'ro@1', due: { unit: 'calendar-days', amount: 90 }, basis: 'law' });
    expect(rule.source).toMatch(/^Legea nr\. 678\/2001 .*Art 39\^1\(1\).*up to 90 days/);
    // Tuesday 10 March 2026 in Bucharest + 90 days: Monday 8 June (EEST, UTC+3).
    expect(computeDueAt(rule, { trigger: '2026-03-10T10:00:00.000Z', country: 'RO', calendar: holidayCalendar('RO') })).toBe('2026-06-08T20:59:59.999Z');
    // Tuesday 3 March 2026 + 90 days: Monday 1 June, Children's Day and Orthodox Whit Monday, so Tuesday 2 June (Regulation 1182/71 Art 3(4)).
    expect(computeDueAt(rule, { trigger: '2026-03-03T10:00:00.000Z', country: 'RO', calendar: holidayCalendar('RO') })).toBe('2026-06-02T20:59:59.999Z');
    expect(resolveRule(euBaseline, 'RO', 'comp-application-window').rulePack).toBe('eu-baseline@1');
  });

  it('keeps the baseline for version 0: a journey that began before its country had a pack is not changed by one added later', () => {
    expect(resolveRule(euBaseline, 'RO', 'cets-13-recovery-period', 0)).toMatchObject({ rulePack: 'eu-baseline@1', due: { unit: 'calendar-days', amount: 30 } });
    expect(resolveRule(euBaseline, 'FR', 'cets-13-recovery-period', 0).rulePack).toBe('eu-baseline@1');
  });

  it('cites a source for every figure a country pack sets', () => {
    for (const pack of euBaseline.countryPacks) {
      for (const override of pack.overrides) expect(override.source).toMatch(/Art|para|\(B\)|wet|Wet/);
    }
  });

  it('leaves the other rules of that country on the baseline', () => {
    expect(resolveRule(euBaseline, 'BE', 'vrd-5-acknowledgement').rulePack).toBe('eu-baseline@1');
  });

  it('gives the version of a country pack a journey started with, the newest one otherwise', () => {
    expect(latestCountryPackVersion(euBaseline, 'be')).toBe(2);
    expect(latestCountryPackVersion(euBaseline, 'FR')).toBeUndefined();
    expect(resolveRule(euBaseline, 'BE', 'comp-application-window')).toMatchObject({ rulePack: 'be@2', due: { unit: 'years', amount: 3 } });
    expect(resolveRule(euBaseline, 'BE', 'comp-application-window', 1)).toMatchObject({ rulePack: 'eu-baseline@1', due: null });
    expect(resolveRule(euBaseline, 'BE', 'cets-13-recovery-period', 1).rulePack).toBe('be@1');
    expect(() => resolveRule(euBaseline, 'BE', 'cets-13-recovery-period', 7)).toThrow(UnknownCountryPackError);
  });

  it('has a second and third country pack, each citing its own law', () => {
    expect(resolveRule(euBaseline, 'NL', 'cets-13-recovery-period')).toMatchObject({ rulePack: 'nl@1', due: { unit: 'months', amount: 3 } });
    expect(resolveRule(euBaseline, 'NL', 'comp-decision').source).toMatch(/Algemene wet bestuursrecht/);
    expect(resolveRule(euBaseline, 'GB', 'comp-application-window')).toMatchObject({ rulePack: 'gb@1', due: { unit: 'years', amount: 2 } });
  });

  it('refuses a rule the pack does not have', () => {
    expect(() => resolveRule(euBaseline, 'BE', 'vrd-99-unknown' as RuleId)).toThrow(UnknownRuleError);
  });
});

describe('the EU baseline rule pack', () => {
  it('holds every obligation of the deadline table, once', () => {
    expect(euBaseline.rules.map((rule) => rule.id)).toEqual([
      'vrd-4-information',
      'vrd-5-acknowledgement',
      'vrd-6-case-update',
      'vrd-6-release-escape',
      'vrd-7-interpretation',
      'vrd-8-support-contact',
      'vrd-17-cross-border-complaint',
      'vrd-22-individual-assessment',
      'atd-11-assistance',
      'atd-8-non-punishment',
      'nrm-reasonable-grounds',
      'cets-13-recovery-period',
      'cets-10-no-removal',
      'cets-10-child-presumption',
      'cets-16-return',
      'comp-2004-80-transmit',
      'comp-2004-80-acknowledge',
      'comp-application-window',
      'comp-decision',
      'epo-recognition',
      'protection-order-expiry',
    ]);
  });

  it('gives each rule a legal basis that fits an obligation event', () => {
    for (const rule of euBaseline.rules) {
      expect(legalBasisText(rule).length).toBeGreaterThan(0);
      expect(legalBasisText(rule).length).toBeLessThanOrEqual(200);
      expect(rule.basisText.startsWith('law') || rule.basisText.startsWith('practice')).toBe(true);
    }
  });

  it('has the figures the journey workflows enforce', () => {
    const figure = (id: RuleId) => euBaseline.rules.find((rule) => rule.id === id);
    expect(figure('vrd-4-information')).toMatchObject({ due: { unit: 'hours', amount: 24 }, basis: 'default' });
    expect(figure('vrd-5-acknowledgement')).toMatchObject({ due: { unit: 'working-days', amount: 1 } });
    expect(figure('vrd-8-support-contact')).toMatchObject({
      due: { unit: 'hours', amount: 48 },
      reminders: [{ at: 'half-time' }],
      escalation: expect.arrayContaining([{ on: ['declined', 'missed'], action: 're-route-to-next-organisation' }]),
    });
  });

  it('lets country packs override only rules of the baseline, each citing a source', () => {
    const ids = new Set(euBaseline.rules.map((rule) => rule.id));
    for (const pack of euBaseline.countryPacks) {
      for (const override of pack.overrides) {
        expect(ids.has(override.ruleId)).toBe(true);
        expect(override.source.length).toBeGreaterThan(20);
      }
    }
  });
});
