import type { JourneyStage } from '@harbour/contracts/journey';

/** What an analyst narrows the journeys list to; the country always comes from their token. */
export interface JourneyFilter {
  country: string;
  stage?: JourneyStage;
  ruleId?: string;
  organisationId?: string;
  child?: boolean;
  /** A right missed, or an awaited step past its time. */
  overdue?: boolean;
  /** Something awaited falls due within the next 24 hours. */
  dueWithin24h?: boolean;
  /** The hand-off needs operations: an offer past half its time, or an open escalation. */
  stuck?: boolean;
  after?: string;
  limit: number;
}

/** Journeys with nothing awaited sort after every deadline. */
export const NO_DEADLINE = '9999-12-31T23:59:59.999Z';

/** One key orders by next deadline and breaks ties by journey id, so a cursor is that key alone. */
export function sortKeyOf(nextDeadline: string | undefined, journeyId: string): string {
  return `${nextDeadline ?? NO_DEADLINE}|${journeyId}`;
}

export function encodeCursor(sortKey: string): string {
  return Buffer.from(sortKey, 'utf8').toString('base64url');
}

/** The sort key a cursor carries, or undefined when it is not one this service handed out. */
export function decodeCursor(cursor: string): string | undefined {
  const sortKey = Buffer.from(cursor, 'base64url').toString('utf8');
  return /^\d{4}-\d{2}-\d{2}T[\d:.]+Z\|[A-Za-z0-9-]{1,100}$/.test(sortKey) ? sortKey : undefined;
}

/** The database query for a filter at a moment; every clause is served by the country-led indexes. */
export function journeyQuery(filter: JourneyFilter, now: Date): Record<string, unknown> {
  const clauses: Record<string, unknown>[] = [{ country: filter.country }];
  if (filter.stage) clauses.push({ stage: filter.stage });
  if (filter.ruleId) clauses.push({ ruleIds: filter.ruleId });
  if (filter.organisationId) clauses.push({ organisationIds: filter.organisationId });
  if (filter.child !== undefined) clauses.push({ child: filter.child });
  if (filter.overdue) clauses.push({ $or: [{ missedCount: { $gt: 0 } }, { nextDeadline: { $lt: now.toISOString() } }] });
  if (filter.dueWithin24h) {
    clauses.push({ nextDeadline: { $gte: now.toISOString(), $lte: new Date(now.getTime() + 86_400_000).toISOString() } });
  }
  if (filter.stuck) clauses.push({ stuckFrom: { $lte: now.toISOString() } });
  if (filter.after) clauses.push({ sortKey: { $gt: filter.after } });
  return clauses.length === 1 ? clauses[0] : { $and: clauses };
}
