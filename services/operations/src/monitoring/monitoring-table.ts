import type { ObligationEntry, ObligationOutcome } from '../journeys/journey-view';

/** The outcomes counted per right and month, in the order the table shows them. */
export const CountedOutcomes: readonly ObligationOutcome[] = ['met', 'missed', 'breached', 'declined-by-victim', 'ended', 'revoked', 'cancelled'];

/** A count, or null where it is suppressed so that no victim can be singled out. */
export type Cell = number | null;

export interface MonitoringRow {
  country: string;
  ruleId: string;
  /** `YYYY-MM` of the outcomes, in UTC. */
  month: string;
  /** Every obligation of this right that reached an outcome in the month. */
  closed: Cell;
  outcomes: Record<ObligationOutcome, Cell>;
  /** Median hours from opening to evidence, over the met obligations whose opening the outcome told. */
  medianHoursToMeet: number | null;
  suppressed: boolean;
}

/** One outcome as the table counts it: the journey's country and the obligation as its outcome told it. */
export interface CountedOutcome {
  country: string;
  obligation: Pick<ObligationEntry, 'ruleId' | 'status' | 'at'> & { openedAt?: string };
}

/**
 * Statistics of how rights were honoured, per country, right and month, from the obligations'
 * outcomes. Counts under `threshold` (but not zero) are suppressed; where that leaves a single
 * suppressed cell beside the row's total, the next smallest count goes too, so that no
 * suppressed figure can be worked out by subtraction. A median rests on at least `threshold`
 * obligations or is not given.
 */
export function monitoringTable(outcomes: Iterable<CountedOutcome>, threshold: number): MonitoringRow[] {
  const groups = new Map<string, { country: string; ruleId: string; month: string; counts: Record<string, number>; hoursToMeet: number[] }>();
  for (const { country, obligation } of outcomes) {
    const month = obligation.at.slice(0, 7);
    const key = `${country}|${obligation.ruleId}|${month}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { country, ruleId: obligation.ruleId, month, counts: {}, hoursToMeet: [] }));
    group.counts[obligation.status] = (group.counts[obligation.status] ?? 0) + 1;
    if (obligation.status === 'met' && obligation.openedAt) group.hoursToMeet.push((Date.parse(obligation.at) - Date.parse(obligation.openedAt)) / 3_600_000);
  }
  return [...groups.values()]
    .map(({ country, ruleId, month, counts, hoursToMeet }) => {
      const closed = Object.values(counts).reduce((sum, count) => sum + count, 0);
      const cells = suppress(Object.fromEntries(CountedOutcomes.map((outcome) => [outcome, counts[outcome] ?? 0])) as Record<ObligationOutcome, number>, threshold);
      const suppressed = Object.values(cells).some((cell) => cell === null);
      return {
        country,
        ruleId,
        month,
        closed: closed < threshold ? null : closed,
        outcomes: cells,
        medianHoursToMeet: hoursToMeet.length >= threshold ? round(median(hoursToMeet)) : null,
        suppressed: suppressed || closed < threshold,
      };
    })
    .sort((a, b) => compare(a.country, b.country) || compare(a.ruleId, b.ruleId) || compare(a.month, b.month));
}

function suppress(counts: Record<ObligationOutcome, number>, threshold: number): Record<ObligationOutcome, Cell> {
  const small = (count: number) => count > 0 && count < threshold;
  const cells: Record<string, Cell> = Object.fromEntries(Object.entries(counts).map(([outcome, count]) => [outcome, small(count) ? null : count]));
  if (Object.values(cells).filter((cell) => cell === null).length === 1) {
    const nextSmallest = Object.entries(cells)
      .filter((entry): entry is [string, number] => entry[1] !== null && entry[1] > 0)
      .sort((a, b) => a[1] - b[1])[0];
    if (nextSmallest) cells[nextSmallest[0]] = null;
  }
  return cells as Record<ObligationOutcome, Cell>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round = (hours: number) => Math.round(hours * 10) / 10;

// Code points, whatever the locale.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
