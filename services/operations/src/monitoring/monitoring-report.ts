import { BadRequestException, Injectable } from '@nestjs/common';
import { JourneyViews } from '../journeys/journey-views';
import { OperationsConfig } from '../operations-config';
import { CountedOutcomes, MonitoringRow, monitoringTable } from './monitoring-table';

/** Small cells are suppressed below this count unless configured otherwise. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 10;

export interface MonitoringReportView {
  country: string;
  from: string;
  to: string;
  suppressionThreshold: number;
  rows: MonitoringRow[];
}

/** How a country honoured each right month by month, computed from the outcomes the journeys published. */
@Injectable()
export class MonitoringReport {
  constructor(
    private readonly views: JourneyViews,
    private readonly config: OperationsConfig,
  ) {}

  async of(country: string, period: { from?: string; to?: string }, now = new Date()): Promise<MonitoringReportView> {
    const to = period.to ?? now.toISOString().slice(0, 7);
    const from = period.from ?? monthsBefore(to, 11);
    if (from > to) throw new BadRequestException(`from (${from}) must not come after to (${to})`);
    const threshold = this.config.OPERATIONS_SUPPRESSION_THRESHOLD ?? DEFAULT_SUPPRESSION_THRESHOLD;
    const outcomes = [];
    for await (const outcome of this.views.outcomesIn(country, from, to)) outcomes.push(outcome);
    return { country, from, to, suppressionThreshold: threshold, rows: monitoringTable(outcomes, threshold) };
  }
}

function monthsBefore(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, number - 1 - count, 1));
  return date.toISOString().slice(0, 7);
}

/** The table as CSV (RFC 4180), suppressed cells empty, one column per outcome. */
export function monitoringCsv(report: MonitoringReportView): string {
  const header = ['country', 'right', 'month', 'closed', ...CountedOutcomes, 'median_hours_to_meet', 'suppressed'];
  const cell = (value: number | null | boolean | string) => (value === null ? '' : String(value));
  const lines = report.rows.map((row) =>
    [row.country, row.ruleId, row.month, row.closed, ...CountedOutcomes.map((outcome) => row.outcomes[outcome]), row.medianHoursToMeet, row.suppressed].map(cell).join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
