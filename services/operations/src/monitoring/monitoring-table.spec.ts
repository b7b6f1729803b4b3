import type { ObligationOutcome } from '../journeys/journey-view';
import { CountedOutcome, monitoringTable } from './monitoring-table';

const outcome = (status: ObligationOutcome, at: string, openedAt?: string, ruleId = 'vrd-4-information', country = 'BE'): CountedOutcome => ({
  country,
  obligation: { ruleId, status, at, ...(openedAt ? { openedAt } : {}) },
});
const many = (count: number, make: (index: number) => CountedOutcome) => Array.from({ length: count }, (_, index) => make(index));

describe('the monitoring table', () => {
  it('counts outcomes per country, right and month, and gives the median time to meet', () => {
    const rows = monitoringTable(
      [
        ...many(12, (index) => outcome('met', '2026-03-10T12:00:00.000Z', `2026-03-10T${String(index).padStart(2, '0')}:00:00.000Z`)),
        ...many(10, () => outcome('missed', '2026-03-20T00:00:00.000Z')),
        ...many(10, () => outcome('met', '2026-04-01T00:00:00.000Z')),
        ...many(10, () => outcome('met', '2026-03-01T00:00:00.000Z', undefined, 'vrd-4-information', 'NL')),
      ],
      10,
    );
    expect(rows.map(({ country, month, closed }) => [country, month, closed])).toEqual([
      ['BE', '2026-03', 22],
      ['BE', '2026-04', 10],
      ['NL', '2026-03', 10],
    ]);
    // Opened at 00:00 … 11:00, met at 12:00: 12 … 1 hours, median 6.5.
    expect(rows[0]).toMatchObject({ outcomes: { met: 12, missed: 10, breached: 0, 'declined-by-victim': 0 }, medianHoursToMeet: 6.5, suppressed: false });
    // A median needs as many obligations as a count does; these outcomes did not tell their opening.
    expect(rows[1].medianHoursToMeet).toBeNull();
  });

  it('suppresses a small count, and the next smallest so that the total does not give it away', () => {
    const [row] = monitoringTable([...many(14, () => outcome('met', '2026-03-10T12:00:00.000Z')), ...many(3, () => outcome('declined-by-victim', '2026-03-11T12:00:00.000Z'))], 10);
    expect(row).toMatchObject({ closed: 17, suppressed: true });
    expect(row.outcomes).toMatchObject({ 'declined-by-victim': null, met: null, missed: 0 });
  });

  it('leaves two small counts suppressed without touching a third, and hides a total under the threshold', () => {
    const [row] = monitoringTable(
      [...many(20, () => outcome('met', '2026-03-10T12:00:00.000Z')), ...many(2, () => outcome('missed', '2026-03-11T12:00:00.000Z')), ...many(5, () => outcome('breached', '2026-03-12T12:00:00.000Z'))],
      10,
    );
    expect(row.outcomes).toMatchObject({ met: 20, missed: null, breached: null });
    const [small] = monitoringTable(many(4, () => outcome('met', '2026-03-10T12:00:00.000Z')), 10);
    expect(small).toMatchObject({ closed: null, outcomes: { met: null }, suppressed: true });
  });

  it('follows the configured threshold', () => {
    const [row] = monitoringTable([...many(5, () => outcome('met', '2026-03-10T12:00:00.000Z')), ...many(5, () => outcome('missed', '2026-03-10T12:00:00.000Z'))], 5);
    expect(row).toMatchObject({ closed: 10, outcomes: { met: 5, missed: 5 }, suppressed: false });
  });
});
