import { HearingScheduledEvent, isWithinCalendarYears, validateEventData } from '../src';

describe('dates within the years the holiday calendars cover', () => {
  const hearing = (scheduledFor: string) => ({ hearingId: '6f1c2f0e-6c0a-4a57-9a52-6f7f3f1f2b10', scheduledFor, interpreterNeeded: true, recordedAt: '2026-12-04T10:00:00.000Z' });

  it('accepts the first and the last covered day, refuses the days just outside', () => {
    expect(isWithinCalendarYears('2020-01-01T00:00:00.000Z')).toBe(true);
    expect(isWithinCalendarYears('2040-12-31T23:59:59.999Z')).toBe(true);
    expect(isWithinCalendarYears('2019-12-31T23:59:59.999Z')).toBe(false);
    expect(isWithinCalendarYears('2041-01-01T00:00:00.000Z')).toBe(false);
  });

  it('refuses a fact whose clock date lies beyond them, naming the field and the range', () => {
    expect(validateEventData(HearingScheduledEvent, hearing('2099-06-01T08:00:00.000Z'))).toEqual({
      ok: false,
      reason: "harbour.justice.hearing.scheduled.v1: scheduledFor must fall from 2020-01-01 to 2040-12-31, the years Harbour's holiday calendars cover",
    });
    expect(validateEventData(HearingScheduledEvent, hearing('2027-06-01T08:00:00.000Z')).ok).toBe(true);
  });

  it('leaves what is not a date to the date format check, with one message', () => {
    const result = validateEventData(HearingScheduledEvent, hearing('next Tuesday'));
    expect(result).toEqual({ ok: false, reason: 'harbour.justice.hearing.scheduled.v1: scheduledFor must be a valid ISO 8601 date string' });
  });
});
