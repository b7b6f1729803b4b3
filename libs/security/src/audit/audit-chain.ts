import { createHmac, timingSafeEqual } from 'node:crypto';

/** An access to personal data, or a refused attempt: who did what to which record, in which journey. */
export interface AuditEvent {
  /** The principal's subject, never a name; `anonymous` for a caller without a valid token. */
  actor: string;
  action: string;
  resource: string;
  journeyId?: string;
}

export interface AuditEntry extends AuditEvent {
  sequence: number;
  recordedAt: Date;
  previousMac: string;
  /** HMAC-SHA256 under the audit key over the entry and the MAC before it. */
  mac: string;
}

/** The newest entry as last anchored, kept in a store of its own: a shorter chain than it names was cut. */
export interface AuditAnchor {
  log: string;
  sequence: number;
  mac: string;
  anchoredAt: Date;
  anchorMac: string;
}

/** The previous MAC of the first entry. */
export const GENESIS_MAC = '0'.repeat(64);

export function macAuditEntry(entry: Omit<AuditEntry, 'mac'>, key: Buffer): string {
  // A fixed field order, so the MAC does not depend on how a driver orders a document's keys.
  const canonical = JSON.stringify([
    entry.sequence,
    entry.recordedAt.toISOString(),
    entry.actor,
    entry.action,
    entry.resource,
    entry.journeyId ?? null,
    entry.previousMac,
  ]);
  return createHmac('sha256', key).update(canonical).digest('hex');
}

export function nextAuditEntry(previous: AuditEntry | null, event: AuditEvent, recordedAt: Date, key: Buffer): AuditEntry {
  const draft = {
    sequence: previous ? previous.sequence + 1 : 1,
    recordedAt,
    actor: event.actor,
    action: event.action,
    resource: event.resource,
    ...(event.journeyId === undefined ? {} : { journeyId: event.journeyId }),
    previousMac: previous ? previous.mac : GENESIS_MAC,
  };
  return { ...draft, mac: macAuditEntry(draft, key) };
}

export function anchorOf(log: string, entry: AuditEntry, anchoredAt: Date, key: Buffer): AuditAnchor {
  const draft = { log, sequence: entry.sequence, mac: entry.mac, anchoredAt };
  return { ...draft, anchorMac: macAnchor(draft, key) };
}

function macAnchor(anchor: Omit<AuditAnchor, 'anchorMac'>, key: Buffer): string {
  return createHmac('sha256', key).update(JSON.stringify(['anchor', anchor.log, anchor.sequence, anchor.mac, anchor.anchoredAt.toISOString()])).digest('hex');
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Why `entry` cannot follow `previous` in an intact chain, or undefined when it can. */
export function chainBreak(previous: AuditEntry | null, entry: AuditEntry, key: Buffer): string | undefined {
  const expectedSequence = previous ? previous.sequence + 1 : 1;
  if (entry.sequence !== expectedSequence) return `expected entry ${expectedSequence}, found entry ${entry.sequence}`;
  if (entry.previousMac !== (previous ? previous.mac : GENESIS_MAC)) return 'previous MAC does not match the entry before';
  if (typeof entry.mac !== 'string' || !same(entry.mac, macAuditEntry(entry, key))) return 'entry was altered after it was recorded, or sealed with another key';
  return undefined;
}

/** Why a chain of `entries` entries, whose entry at the anchor's sequence has `anchoredMac`, does not reach the anchor. */
export function anchorBreak(anchor: AuditAnchor | null, anchoredMac: string | undefined, entries: number, key: Buffer): string | undefined {
  if (!anchor) return undefined;
  if (typeof anchor.anchorMac !== 'string' || !same(anchor.anchorMac, macAnchor(anchor, key))) return `the anchor of entry ${anchor.sequence} was forged`;
  if (anchor.sequence > entries) return `entries ${entries + 1} to ${anchor.sequence} were removed: the anchor names entry ${anchor.sequence}`;
  if (anchoredMac !== anchor.mac) return `entry ${anchor.sequence} differs from its anchor`;
  return undefined;
}

export type ChainVerdict =
  | { intact: true; entries: number }
  | { intact: false; entries: number; brokenAt: number; reason: string };
