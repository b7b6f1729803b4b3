import {
  computeDueAt,
  computeReminderTimes,
  euBaseline,
  holidayCalendar,
  NotComputableError,
  OutsideCalendarError,
  resolveRule,
  RuleId,
} from '../src';

function dueIn(country: string, ruleId: RuleId, trigger: string): string {
  return computeDueAt(resolveRule(euBaseline, country, ruleId), { trigger, country, calendar: holidayCalendar(country) });
}

describe(computeDueAt.name, () => {
  describe('working days', () => {
    it('a complaint at 17:00 on a Friday in Brussels is due by the end of Monday', () => {
      // Friday 6 March 2026, 17:00 CET (UTC+1); Monday ends 23:59:59.999 CET.
      expect(dueIn('BE', 'vrd-5-acknowledgement', '2026-03-06T16:00:00.000Z')).toBe('2026-03-09T22:59:59.999Z');
    });

    it('skips Belgian Easter Monday: Friday before Easter is due by the end of Tuesday', () => {
      // Friday 3 April 2026, 17:00 CEST (UTC+2); Monday 6 April is Easter Monday.
      expect(dueIn('BE', 'vrd-5-acknowledgement', '2026-04-03T15:00:00.000Z')).toBe('2026-04-07T21:59:59.999Z');
    });

    it("counts in each country's own holidays: 26 December is a working day in Belgium, not in Germany", () => {
      // Wednesday 24 December 2025, 10:00 local; 25 December is a holiday in both.
      expect(dueIn('BE', 'vrd-5-acknowledgement', '2025-12-24T09:00:00.000Z')).toBe('2025-12-26T22:59:59.999Z');
      expect(dueIn('DE', 'vrd-5-acknowledgement', '2025-12-24T09:00:00.000Z')).toBe('2025-12-29T22:59:59.999Z');
    });

    it("takes the day of the trigger in the country's time zone", () => {
      // 23:30 UTC on Friday 6 March 2026 is still Friday in London but already Saturday in Brussels.
      const trigger = '2026-03-06T23:30:00.000Z';
      expect(dueIn('GB', 'vrd-5-acknowledgement', trigger)).toBe('2026-03-09T23:59:59.999Z');
      expect(dueIn('BE', 'vrd-5-acknowledgement', trigger)).toBe('2026-03-09T22:59:59.999Z');
      // A Saturday trigger: Monday is the first working day in Brussels; Bucharest is UTC+2.
      expect(dueIn('RO', 'vrd-5-acknowledgement', '2026-03-07T09:00:00.000Z')).toBe('2026-03-09T21:59:59.999Z');
    });

    it('ends the day in summer time when the clocks change over the weekend', () => {
      // Friday 27 March 2026 in CET; clocks go forward on Sunday 29 March; Monday ends in CEST.
      expect(dueIn('BE', 'vrd-5-acknowledgement', '2026-03-27T09:00:00.000Z')).toBe('2026-03-30T21:59:59.999Z');
      // And back in autumn: Friday 23 October 2026 in CEST, Monday 26 October ends in CET.
      expect(dueIn('BE', 'vrd-5-acknowledgement', '2026-10-23T09:00:00.000Z')).toBe('2026-10-26T22:59:59.999Z');
    });

    it('counts back from a future date, skipping holidays: interpreter 5 working days before the hearing', () => {
      // Hearing on Thursday 9 April 2026 in Brussels; Easter Monday 6 April is skipped.
      expect(dueIn('BE', 'vrd-7-interpretation', '2026-04-09T08:00:00.000Z')).toBe('2026-04-01T21:59:59.999Z');
    });
  });

  describe('hours', () => {
    it('vrd-4 information is due 24 hours after first contact, whatever the day', () => {
      expect(dueIn('BE', 'vrd-4-information', '2026-03-06T16:00:00.000Z')).toBe('2026-03-07T16:00:00.000Z');
    });

    it('counts elapsed hours across a clock change, not wall-clock hours', () => {
      // Saturday 28 March 2026 12:00 CET; 24 elapsed hours later it is 13:00 CEST.
      expect(dueIn('BE', 'vrd-4-information', '2026-03-28T11:00:00.000Z')).toBe('2026-03-29T11:00:00.000Z');
    });
  });

  describe('calendar days', () => {
    it('ends the recovery period at the end of day 30, local time, across a clock change', () => {
      // Positive decision on 10 March 2026 in Berlin (CET); day 30 is 9 April (CEST).
      expect(dueIn('DE', 'cets-13-recovery-period', '2026-03-10T10:00:00.000Z')).toBe('2026-04-09T21:59:59.999Z');
    });

    it("uses the country pack's figure where it overrides the baseline", () => {
      expect(dueIn('BE', 'cets-13-recovery-period', '2026-03-10T10:00:00.000Z')).toBe('2026-04-24T21:59:59.999Z');
    });
  });

  describe('refusals', () => {
    it('refuses a rule whose figure only a country pack can set', () => {
      expect(() => dueIn('FR', 'comp-application-window', '2026-03-10T10:00:00.000Z')).toThrow(NotComputableError);
    });

    it('refuses to count working days beyond the generated calendar', () => {
      expect(() => dueIn('BE', 'vrd-5-acknowledgement', '2035-12-31T10:00:00.000Z')).toThrow(OutsideCalendarError);
    });

    it("refuses another country's calendar", () => {
      const rule = resolveRule(euBaseline, 'BE', 'vrd-5-acknowledgement');
      expect(() =>
        computeDueAt(rule, { trigger: '2026-03-06T16:00:00.000Z', country: 'BE', calendar: holidayCalendar('NL') }),
      ).toThrow(/calendar of NL/);
    });
  });
});

describe('periods in months and years (Regulation 1182/71 Art 3(2)(c))', () => {
  it('three months of reflection in the Netherlands end on the same date, at midnight Amsterdam time across the clock change', () => {
    // 10 January 2026, 14:00 CET; 10 April is in summer time (UTC+2).
    expect(dueIn('NL', 'cets-13-recovery-period', '2026-01-10T13:00:00.000Z')).toBe('2026-04-10T21:59:59.999Z');
  });

  it('a month without that date ends the period on its last day', () => {
    // 30 November 2026 + 3 months: there is no 30 February, so 28 February 2027.
    expect(dueIn('NL', 'cets-13-recovery-period', '2026-11-30T10:00:00.000Z')).toBe('2027-02-28T22:59:59.999Z');
  });

  it('years count calendar years, leap days included: two years from 29 February end on 28 February', () => {
    expect(dueIn('GB', 'comp-application-window', '2028-02-29T12:00:00.000Z')).toBe('2030-02-28T23:59:59.999Z');
    expect(dueIn('NL', 'comp-application-window', '2026-05-15T08:00:00.000Z')).toBe('2029-05-15T21:59:59.999Z');
  });
});

describe(computeReminderTimes.name, () => {
  it('reminds at half time of the 48 hours a support organisation has to accept', () => {
    const rule = resolveRule(euBaseline, 'BE', 'vrd-8-support-contact');
    const openedAt = '2026-03-02T09:00:00.000Z';
    const dueAt = computeDueAt(rule, { trigger: openedAt, country: 'BE', calendar: holidayCalendar('BE') });
    expect(dueAt).toBe('2026-03-04T09:00:00.000Z');
    expect(computeReminderTimes(rule, { openedAt, dueAt, country: 'BE', calendar: holidayCalendar('BE') })).toEqual([
      '2026-03-03T09:00:00.000Z',
    ]);
  });

  it('reminds 7 and 2 days before a protection order expires', () => {
    const rule = resolveRule(euBaseline, 'FR', 'protection-order-expiry');
    const calendar = holidayCalendar('FR');
    const dueAt = computeDueAt(rule, { trigger: '2026-06-30T08:00:00.000Z', country: 'FR', calendar });
    expect(dueAt).toBe('2026-06-30T21:59:59.999Z');
    expect(computeReminderTimes(rule, { openedAt: '2026-01-05T08:00:00.000Z', dueAt, country: 'FR', calendar })).toEqual([
      '2026-06-23T21:59:59.999Z',
      '2026-06-28T21:59:59.999Z',
    ]);
  });
});
