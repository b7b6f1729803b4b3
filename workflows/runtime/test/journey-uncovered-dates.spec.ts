import { randomUUID } from 'node:crypto';
import { buildEvent, findEventDefinition } from '@harbour/contracts';
import { DAY, JourneyClocks } from './support/journey-clocks';
import { obligationOf } from './support/journey-state';
import { JourneyTestbed } from './support/journey-testbed';

// The boundaries refuse dates the holiday calendars do not cover; what still reaches a journey must not stall it.
describe('VictimJourney with dates beyond the holiday calendars', () => {
  let testbed: JourneyTestbed;
  let clocks: JourneyClocks;
  beforeAll(async () => ({ testbed, clocks } = await JourneyClocks.start(['be-payoke', 'be-pag-asa'])));
  afterAll(() => testbed?.teardown());

  /** A fact as a national system might send it past Harbour's boundary validation. */
  const unvalidated = async (journeyId: string, type: string, data: Record<string, unknown>) => {
    const definition = findEventDefinition(type);
    if (!definition) throw new Error(`no registered event ${type}`);
    const time = await clocks.now();
    await testbed.send(buildEvent(definition, { id: randomUUID(), journeyId, time, data: data as object }));
  };

  it('a hearing in 2099 opens its interpretation clock without a due time, with the reason, and the journey keeps taking facts', async () => {
    const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
    const hearingId = randomUUID();
    await unvalidated(journeyId, 'harbour.justice.hearing.scheduled.v1', {
      hearingId,
      scheduledFor: '2099-06-01T08:00:00.000Z',
      interpreterNeeded: true,
      recordedAt: await clocks.now(),
    });
    const opened = await clocks.statusBecomes(journeyId, 'vrd-7-interpretation#1', 'open');
    const interpretation = obligationOf(opened, 'vrd-7-interpretation#1');
    expect(interpretation.dueAt).toBeUndefined();
    expect(interpretation.dueUncomputable).toMatch(/^date-outside-calendars: 2099-\d\d-\d\d is outside the BE holiday calendar \(2020-01-01 to 2040-12-31\)$/);

    // The next fact is taken: the Art 4 information meets its clock.
    await testbed.skip(DAY / 2);
    const informationId = randomUUID();
    await clocks.send(journeyId, 'harbour.justice.victim-information.provided.v1', (now) => ({ informationId, language: 'ro', channel: 'in-person', providedAt: now }));
    const informed = await clocks.statusBecomes(journeyId, 'vrd-4-information#1', 'met');
    expect(obligationOf(informed, 'vrd-4-information#1').evidence).toContain(informationId);
    // And a booking still meets the interpretation obligation that had no due time.
    await clocks.send(journeyId, 'harbour.justice.interpretation.booked.v1', (now) => ({ hearingId, bookingId: randomUUID(), bookedAt: now }));
    await clocks.statusBecomes(journeyId, 'vrd-7-interpretation#1', 'met');
  });

  it('a crime date the boundary accepts whose window runs past the calendars is recorded as uncomputable, not thrown', async () => {
    const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false, country: 'NL' });
    const claimId = randomUUID();
    // Accepted at the boundary (2040), but the Dutch three-year window would close in 2043.
    await clocks.send(journeyId, 'harbour.compensation.claim.opened.v1', (now) => ({ claimId, scheme: 'state-fund', crimeDate: '2040-06-01T00:00:00.000Z', openedAt: now }));
    const opened = await clocks.statusBecomes(journeyId, 'comp-application-window#1', 'open');
    expect(obligationOf(opened, 'comp-application-window#1')).toMatchObject({ subjectKey: claimId, dueUncomputable: expect.stringMatching(/^date-outside-calendars: 2043-/) });

    await clocks.send(journeyId, 'harbour.compensation.claim.submitted.v1', (now) => ({ claimId, submittedAt: now, complete: true }));
    await clocks.statusBecomes(journeyId, 'comp-application-window#1', 'met');
    await clocks.statusBecomes(journeyId, 'comp-decision#1', 'open');
  });
});
