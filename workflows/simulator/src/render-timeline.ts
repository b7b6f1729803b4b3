import { formatLocal, localDay } from './local-time';
import { SimulationResult } from './run-scenario';
import { TimelineLine } from './timeline';

/** A timeline line with the scenario day and the local time of the journey's country. */
export type DatedLine = TimelineLine & { day: number; local: string };

export function datedLines({ scenario, lines }: SimulationResult): DatedLine[] {
  return lines.map((line) => ({
    day: localDay(scenario.startsAt, Date.parse(line.at), scenario.timeZone),
    local: formatLocal(line.at, scenario.timeZone),
    ...line,
  }));
}

function columns(line: TimelineLine): { what: string; about: string; basis: string; due?: string } {
  switch (line.kind) {
    case 'fact':
      return { what: 'fact', about: line.detail ? `${line.type} (${line.detail})` : line.type, basis: '' };
    case 'obligation':
      return { what: `obligation ${line.event}`, about: line.ruleId, basis: line.legalBasis, ...(line.dueAt ? { due: line.dueAt } : {}) };
    case 'referral':
      return { what: `referral ${line.event}`, about: `#${line.attempt} ${line.organisationId}`, basis: '', ...(line.event === 'offered' ? { due: line.acceptBy } : {}) };
  }
}

/** The timeline as a table a caseworker reads: day, local time, what happened, its legal basis and due time. */
export function renderTimeline(result: SimulationResult): string {
  const { scenario, finalStage, published } = result;
  const rows = [
    ['day', `local time (${scenario.timeZone})`, 'what', 'about', 'legal basis', 'due (local)'],
    ...datedLines(result).map((line) => {
      const { what, about, basis, due } = columns(line);
      return [String(line.day), line.local, what, about, basis, due ? formatLocal(due, scenario.timeZone) : line.kind === 'obligation' ? 'until closed' : ''];
    }),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return [
    scenario.title,
    ...(scenario.notes ? [scenario.notes] : []),
    '',
    ...rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()),
    '',
    `stage at the end of day ${scenario.untilDay}: ${finalStage}; obligation outcomes published: ${published.length}`,
  ].join('\n');
}
