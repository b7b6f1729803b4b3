import { createHash } from 'node:crypto';

/** An access to personal data: who did what to which record, in which journey. */
export interface AuditEvent {
  /** The principal's subject, never a name. */
  actor: string;
  action: string;
  resource: string;
  journeyId?: string;
}

export interface AuditEntry extends AuditEvent {
  sequence: number;
  recordedAt: Date;
  previousHash: string;
  hash: string;
}

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  // A fixed field order, so the hash does not depend on how a driver orders a document's keys.
  const canonical = JSON.stringify([
    entry.sequence,
    entry.recordedAt.toISOString(),
    entry.actor,
    entry.action,
    entry.resource,
    entry.journeyId ?? null,
    entry.previousHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function nextAuditEntry(previous: AuditEntry | null, event: AuditEvent, recordedAt: Date): AuditEntry {
  const draft = {
    sequence: previous ? previous.sequence + 1 : 1,
    recordedAt,
    actor: event.actor,
    action: event.action,
    resource: event.resource,
    ...(event.journeyId === undefined ? {} : { journeyId: event.journeyId }),
    previousHash: previous ? previous.hash : GENESIS_HASH,
  };
  return { ...draft, hash: hashAuditEntry(draft) };
}

/** Why `entry` cannot follow `previous` in an intact chain, or undefined when it can. */
export function chainBreak(previous: AuditEntry | null, entry: AuditEntry): string | undefined {
  const expectedSequence = previous ? previous.sequence + 1 : 1;
  if (entry.sequence !== expectedSequence) return `expected entry ${expectedSequence}, found entry ${entry.sequence}`;
  if (entry.previousHash !== (previous ? previous.hash : GENESIS_HASH)) return 'previous hash does not match the entry before';
  if (entry.hash !== hashAuditEntry(entry)) return 'entry was altered after it was recorded';
  return undefined;
}

export type ChainVerdict =
  | { intact: true; entries: number }
  | { intact: false; entries: number; brokenAt: number; reason: string };
