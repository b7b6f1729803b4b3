import {
  computeDeadline,
  computeDueAt,
  computeReminderTimes,
  euBaseline,
  holidayCalendar,
  NotComputableError,
  OutsideCalendarError,
  resolveRule,
  RuleId,
  DueComputation,
} from '../src';

function dueIn(country: string, ruleId: RuleId, trigger: string, region?: string): string {
  return computeDueAt(resolveRule(euBaseline, country, ruleId), { trigger, country, calendar: holidayCalendar(country, region) });
}

/** A period of the given length from the trigger, in the country's (or region's) calendar. */
function periodFrom(trigger: string, due: DueComputation, country: string, region?: string): string {
  return computeDueAt({ id: 'vrd-5-acknowledgement', due, dueText: 'a test period' }, { trigger, country, calendar: holidayCalendar(country, region) });
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
      expect(() => dueIn('BE', 'vrd-5-acknowledgement', '2040-12-31T10:00:00.000Z')).toThrow(OutsideCalendarError);
      expect(() => dueIn('BE', 'vrd-5-acknowledgement', '2099-03-06T10:00:00.000Z')).toThrow(/2099-03-0\d is outside the BE holiday calendar \(2020-01-01 to 2040-12-31\)/);
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

  it('a month without that date ends the period on its last day, or on the next working day when that is a Sunday', () => {
    // 30 November 2027 + 3 months: no 30 February, so 29 February 2028, a leap day and a Tuesday.
    expect(dueIn('NL', 'cets-13-recovery-period', '2027-11-30T10:00:00.000Z')).toBe('2028-02-29T22:59:59.999Z');
    // 30 November 2026 + 3 months: 28 February 2027 is a Sunday, so Monday 1 March (Art 3(4)).
    expect(dueIn('NL', 'cets-13-recovery-period', '2026-11-30T10:00:00.000Z')).toBe('2027-03-01T22:59:59.999Z');
  });

  it('a month from 31 January ends on the last day of February, 28 or 29', () => {
    // Tuesday 28 February 2023 and Thursday 29 February 2024, both working days in Amsterdam.
    expect(periodFrom('2023-01-31T10:00:00.000Z', { unit: 'months', amount: 1 }, 'NL')).toBe('2023-02-28T22:59:59.999Z');
    expect(periodFrom('2024-01-31T10:00:00.000Z', { unit: 'months', amount: 1 }, 'NL')).toBe('2024-02-29T22:59:59.999Z');
  });

  it('years count calendar years, leap days included: two years from 29 February end on 28 February', () => {
    expect(dueIn('GB', 'comp-application-window', '2028-02-29T12:00:00.000Z')).toBe('2030-02-28T23:59:59.999Z');
    expect(dueIn('NL', 'comp-application-window', '2026-05-15T08:00:00.000Z')).toBe('2029-05-15T21:59:59.999Z');
  });
});

describe('the last day of a period off work (Regulation 1182/71 Art 3(4), 3(5))', () => {
  it('30 days ending on a Saturday before Easter end at the end of Tuesday, after Easter Monday', () => {
    // Thursday 5 March 2026 in Berlin; day 30 is Saturday 4 April; Monday 6 April is Easter Monday.
    expect(dueIn('DE', 'cets-13-recovery-period', '2026-03-05T10:00:00.000Z')).toBe('2026-04-07T21:59:59.999Z');
  });

  it('a day ending on the Sunday the clocks go back ends on Monday, in winter time', () => {
    // Saturday 24 October 2026 in Brussels (CEST); Sunday 25 October the clocks go back; Monday ends in CET.
    expect(periodFrom('2026-10-24T10:00:00.000Z', { unit: 'calendar-days', amount: 1 }, 'BE')).toBe('2026-10-26T22:59:59.999Z');
  });

  it('a period of two days or more holds at least two working days', () => {
    // Thursday 2 days: Friday and Saturday; Saturday is off, so Monday, with Friday and Monday worked.
    expect(periodFrom('2026-03-05T10:00:00.000Z', { unit: 'calendar-days', amount: 2 }, 'BE')).toBe('2026-03-09T22:59:59.999Z');
    // Friday 2 days: Saturday and Sunday, so Monday (Art 3(4)), which is one working day: Tuesday (Art 3(5)).
    expect(periodFrom('2026-03-06T10:00:00.000Z', { unit: 'calendar-days', amount: 2 }, 'BE')).toBe('2026-03-10T22:59:59.999Z');
    // Thursday 24 December 2026 in Berlin: 25 and 26 are holidays, the 27th a Sunday; Monday 28 alone is worked, so Tuesday 29.
    expect(periodFrom('2026-12-24T10:00:00.000Z', { unit: 'calendar-days', amount: 2 }, 'DE')).toBe('2026-12-29T22:59:59.999Z');
  });

  it('a single day is moved off a weekend but need not hold two working days', () => {
    // Friday 1 day: Saturday, so Monday.
    expect(periodFrom('2026-03-06T10:00:00.000Z', { unit: 'calendar-days', amount: 1 }, 'BE')).toBe('2026-03-09T22:59:59.999Z');
  });

  it('weeks end on the same weekday as the event, across the spring clock change', () => {
    // Wednesday 25 March 2026 in Brussels (CET) + 1 week: Wednesday 1 April (CEST).
    expect(periodFrom('2026-03-25T10:00:00.000Z', { unit: 'weeks', amount: 1 }, 'BE')).toBe('2026-04-01T21:59:59.999Z');
    // Thursday 26 March + 3 weeks: Thursday 16 April.
    expect(periodFrom('2026-03-26T10:00:00.000Z', { unit: 'weeks', amount: 3 }, 'BE')).toBe('2026-04-16T21:59:59.999Z');
  });

  it('a year from a leap day ends on 28 February, or on the next working day when that is a Sunday', () => {
    // 29 February 2024 + 1 year: Friday 28 February 2025.
    expect(periodFrom('2024-02-29T12:00:00.000Z', { unit: 'years', amount: 1 }, 'GB')).toBe('2025-02-28T23:59:59.999Z');
    // 29 February 2020 + 1 year: Sunday 28 February 2021, so Monday 1 March.
    expect(periodFrom('2020-02-29T12:00:00.000Z', { unit: 'years', amount: 1 }, 'GB')).toBe('2021-03-01T23:59:59.999Z');
  });

  it('does not move a period counted back from a future date: an order ending on a Sunday is due that Sunday', () => {
    // Sunday 5 July 2026 in Paris.
    expect(dueIn('FR', 'protection-order-expiry', '2026-07-05T08:00:00.000Z')).toBe('2026-07-05T21:59:59.999Z');
  });

  it('keeps hours to the minute, weekends included', () => {
    // Saturday 7 March 2026 10:00 UTC + 4 h.
    expect(dueIn('BE', 'vrd-6-release-escape', '2026-03-07T10:00:00.000Z')).toBe('2026-03-07T14:00:00.000Z');
  });
});

describe('Regulation 1182/71 Art 3 at month ends, leap days and clock changes', () => {
  it('a month ends on the same date even where the month is longer: 30 April + 1 month is 30 May, a Saturday, so Monday 1 June', () => {
    expect(periodFrom('2026-04-30T10:00:00.000Z', { unit: 'months', amount: 1 }, 'BE')).toBe('2026-06-01T21:59:59.999Z');
    // 31 March + 1 month: April has no 31st, so Thursday 30 April.
    expect(periodFrom('2026-03-31T10:00:00.000Z', { unit: 'months', amount: 1 }, 'BE')).toBe('2026-04-30T21:59:59.999Z');
  });

  it('31 January + 1 month in a leap year whose 29 February is a Sunday ends on Monday 1 March', () => {
    expect(periodFrom('2032-01-31T10:00:00.000Z', { unit: 'months', amount: 1 }, 'BE')).toBe('2032-03-01T22:59:59.999Z');
  });

  it('a year from 28 February ends on 28 February, even when the next year has a 29th; four years from a leap day end on the next leap day', () => {
    expect(periodFrom('2027-02-28T10:00:00.000Z', { unit: 'years', amount: 1 }, 'BE')).toBe('2028-02-28T22:59:59.999Z');
    // 29 February 2032 is a Sunday: Monday 1 March (Art 3(4)).
    expect(periodFrom('2028-02-29T10:00:00.000Z', { unit: 'years', amount: 4 }, 'BE')).toBe('2032-03-01T22:59:59.999Z');
  });

  it('a month that starts in summer time ends at local midnight in winter time', () => {
    // Wednesday 30 September 2026 (CEST) + 1 month: Friday 30 October, after the clocks went back on 25 October.
    expect(periodFrom('2026-09-30T10:00:00.000Z', { unit: 'months', amount: 1 }, 'BE')).toBe('2026-10-30T22:59:59.999Z');
  });

  it("takes the event's local day on either side of midnight after the autumn clock change", () => {
    // Sunday 25 October 2026, 23:30 CET (22:30 UTC): one day is Monday 26; half an hour later it is Monday, so Tuesday 27.
    expect(periodFrom('2026-10-25T22:30:00.000Z', { unit: 'calendar-days', amount: 1 }, 'BE')).toBe('2026-10-26T22:59:59.999Z');
    expect(periodFrom('2026-10-25T23:30:00.000Z', { unit: 'calendar-days', amount: 1 }, 'BE')).toBe('2026-10-27T22:59:59.999Z');
    // 00:30 CEST on Sunday 25 October (22:30 UTC on Saturday) is already Sunday in Brussels: Monday 26.
    expect(periodFrom('2026-10-24T22:30:00.000Z', { unit: 'calendar-days', amount: 1 }, 'BE')).toBe('2026-10-26T22:59:59.999Z');
  });

  it("moves a last day that is a regional holiday to the next working day: Sant Joan in Catalonia, not in Madrid", () => {
    // Monday 25 May 2026 + 30 days: Wednesday 24 June.
    expect(periodFrom('2026-05-25T10:00:00.000Z', { unit: 'calendar-days', amount: 30 }, 'ES', 'ES-CT')).toBe('2026-06-25T21:59:59.999Z');
    expect(periodFrom('2026-05-25T10:00:00.000Z', { unit: 'calendar-days', amount: 30 }, 'ES', 'ES-MD')).toBe('2026-06-24T21:59:59.999Z');
  });

  it('ends "at once" (0 working days) with the event\'s own working day, or the next one when the event falls on a day off', () => {
    expect(dueIn('BE', 'atd-11-assistance', '2026-03-04T10:00:00.000Z')).toBe('2026-03-04T22:59:59.999Z');
    // Saturday 7 March: Monday 9 March.
    expect(dueIn('BE', 'atd-11-assistance', '2026-03-07T10:00:00.000Z')).toBe('2026-03-09T22:59:59.999Z');
    // Corpus Christi in Bavaria, Thursday 4 June 2026: Friday 5 June; a working day in Berlin.
    expect(dueIn('DE', 'atd-11-assistance', '2026-06-04T10:00:00.000Z', 'DE-BY')).toBe('2026-06-05T21:59:59.999Z');
    expect(dueIn('DE', 'atd-11-assistance', '2026-06-04T10:00:00.000Z', 'DE-BE')).toBe('2026-06-04T21:59:59.999Z');
  });
});

describe('regional calendars', () => {
  it('counts a working day in Bavaria past Corpus Christi, and in Berlin through it', () => {
    // Wednesday 3 June 2026; Thursday 4 June is Corpus Christi in Bavaria only.
    expect(dueIn('DE', 'vrd-5-acknowledgement', '2026-06-03T10:00:00.000Z', 'DE-BY')).toBe('2026-06-05T21:59:59.999Z');
    expect(dueIn('DE', 'vrd-5-acknowledgement', '2026-06-03T10:00:00.000Z', 'DE-BE')).toBe('2026-06-04T21:59:59.999Z');
  });

  it('skips the Summer bank holiday in England, and Easter Monday everywhere in the UK but Scotland', () => {
    // Friday 28 August 2026; Monday 31 August is the Summer bank holiday in England (BST, UTC+1).
    expect(dueIn('GB', 'vrd-5-acknowledgement', '2026-08-28T10:00:00.000Z', 'GB-ENG')).toBe('2026-09-01T22:59:59.999Z');
    expect(dueIn('GB', 'vrd-5-acknowledgement', '2026-08-28T10:00:00.000Z', 'GB-SCT')).toBe('2026-08-31T22:59:59.999Z');
    // Good Friday 3 April 2026: Monday 6 April is Easter Monday in England, a working day in Scotland.
    expect(dueIn('GB', 'vrd-5-acknowledgement', '2026-04-03T10:00:00.000Z', 'GB-ENG')).toBe('2026-04-07T22:59:59.999Z');
    expect(dueIn('GB', 'vrd-5-acknowledgement', '2026-04-03T10:00:00.000Z', 'GB-SCT')).toBe('2026-04-06T22:59:59.999Z');
  });

  it('skips Sant Joan in Catalonia, not in Madrid', () => {
    // Tuesday 23 June 2026; Wednesday 24 June is Sant Joan in Catalonia (CEST).
    expect(dueIn('ES', 'vrd-5-acknowledgement', '2026-06-23T10:00:00.000Z', 'ES-CT')).toBe('2026-06-25T21:59:59.999Z');
    expect(dueIn('ES', 'vrd-5-acknowledgement', '2026-06-23T10:00:00.000Z', 'ES-MD')).toBe('2026-06-24T21:59:59.999Z');
  });
});

describe(computeDeadline.name, () => {
  const acknowledgement = resolveRule(euBaseline, 'BE', 'vrd-5-acknowledgement');

  it('gives the due time and reminders of a date the calendars cover', () => {
    const support = resolveRule(euBaseline, 'BE', 'vrd-8-support-contact');
    expect(computeDeadline(support, { openedAt: '2026-03-02T09:00:00.000Z', country: 'BE' })).toEqual({
      kind: 'due',
      dueAt: '2026-03-04T09:00:00.000Z',
      reminders: ['2026-03-03T09:00:00.000Z'],
    });
  });

  it('never throws: a date the calendars do not cover is uncomputable, with its reason', () => {
    expect(computeDeadline(acknowledgement, { openedAt: '2026-03-02T09:00:00.000Z', dueFrom: '2099-03-06T10:00:00.000Z', country: 'BE' })).toEqual({
      kind: 'uncomputable',
      reason: 'date-outside-calendars',
      detail: expect.stringMatching(/^2099-03-07 is outside the BE holiday calendar \(2020-01-01 to 2040-12-31\)$/),
    });
    expect(computeDeadline(acknowledgement, { openedAt: 'not a date', country: 'BE' })).toMatchObject({ kind: 'uncomputable', reason: 'invalid-date' });
    expect(computeDeadline(acknowledgement, { openedAt: '2026-03-02T09:00:00.000Z', country: 'US' })).toMatchObject({ kind: 'uncomputable', reason: 'no-holiday-calendar' });
    expect(computeDeadline(acknowledgement, { openedAt: '2026-03-02T09:00:00.000Z', country: 'DE', region: 'DE-XX' })).toMatchObject({ kind: 'uncomputable', reason: 'unknown-region' });
  });

  it('a period that runs past the last covered year is uncomputable too', () => {
    const window = resolveRule(euBaseline, 'NL', 'comp-application-window');
    expect(computeDeadline(window, { openedAt: '2039-06-01T09:00:00.000Z', country: 'NL' })).toMatchObject({ kind: 'uncomputable', reason: 'date-outside-calendars' });
  });

  it('an obligation without a figure is open-ended, not an error', () => {
    expect(computeDeadline(resolveRule(euBaseline, 'FR', 'comp-application-window'), { openedAt: '2026-03-02T09:00:00.000Z', country: 'FR' })).toEqual({ kind: 'open-ended' });
  });

  it("counts in the region's calendar when given one", () => {
    const inBavaria = computeDeadline(acknowledgement, { openedAt: '2026-06-03T10:00:00.000Z', country: 'DE', region: 'DE-BY' });
    expect(inBavaria).toMatchObject({ kind: 'due', dueAt: '2026-06-05T21:59:59.999Z' });
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
