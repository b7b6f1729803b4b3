import { deadlineFor } from '../src/journey-rules';

// Working days follow the state whose authority must act, and the region where its holidays differ.
describe('whose calendar a journey counts a period in', () => {
  const belgium = { country: 'BE', countryPackVersion: 2 };
  // Monday 5 October 2026; Monday 12 October is Spain's national day, a working day in Belgium.
  const monday = '2026-10-05T10:00:00.000Z';

  it("counts a European Protection Order's recognition in the executing state's working days", () => {
    expect(deadlineFor('epo-recognition', belgium, monday, monday, {}, 'ES').dueAt).toBe('2026-10-20T21:59:59.999Z');
    expect(deadlineFor('epo-recognition', belgium, monday, monday, {}, 'BE').dueAt).toBe('2026-10-19T21:59:59.999Z');
  });

  it("counts the 2004/80 acknowledgement in the deciding authority's state, the transmission in the assisting authority's", () => {
    // 15 working days from 5 October: 26 October in Belgium, 27 October in Spain.
    expect(deadlineFor('comp-2004-80-acknowledge', belgium, monday, monday, {}, 'ES').dueAt).toBe('2026-10-27T22:59:59.999Z');
    expect(deadlineFor('comp-2004-80-acknowledge', belgium, monday, monday, {}, undefined).dueAt).toBe('2026-10-26T22:59:59.999Z');
    expect(deadlineFor('comp-2004-80-transmit', belgium, monday, monday, {}, 'BE').dueAt).toBe('2026-10-19T21:59:59.999Z');
  });

  it("keeps the journey's own calendar for a rule its own authorities act on, whatever state a fact names", () => {
    expect(deadlineFor('vrd-5-acknowledgement', belgium, monday, monday, {}, 'ES').dueAt).toBe('2026-10-06T21:59:59.999Z');
  });

  it("counts in the journey's region: Corpus Christi is a day off in Bavaria", () => {
    // Wednesday 3 June 2026; Thursday 4 June is Corpus Christi in Bavaria only.
    const wednesday = '2026-06-03T10:00:00.000Z';
    expect(deadlineFor('vrd-5-acknowledgement', { country: 'DE', countryPackVersion: 0, region: 'DE-BY' }, wednesday).dueAt).toBe('2026-06-05T21:59:59.999Z');
    expect(deadlineFor('vrd-5-acknowledgement', { country: 'DE', countryPackVersion: 0 }, wednesday).dueAt).toBe('2026-06-04T21:59:59.999Z');
  });

  it("counts in the country's national calendar when the journey's region is another country's", () => {
    const wednesday = '2026-06-03T10:00:00.000Z';
    const deadline = deadlineFor('vrd-5-acknowledgement', { country: 'DE', countryPackVersion: 0, region: 'ES-CT' }, wednesday);
    expect(deadline).toMatchObject({ dueAt: '2026-06-04T21:59:59.999Z' });
    expect(deadline.uncomputable).toBeUndefined();
  });

  it('gives a date beyond the calendars as uncomputable with its reason, never an error', () => {
    const deadline = deadlineFor('vrd-7-interpretation', belgium, monday, '2099-06-01T08:00:00.000Z');
    expect(deadline).toMatchObject({ reminders: [], uncomputable: expect.stringMatching(/^date-outside-calendars: /) });
    expect(deadline.dueAt).toBeUndefined();
  });
});
