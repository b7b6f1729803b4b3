import { Collection, Connection } from 'mongoose';
import { anchorBreak, anchorOf, AuditAnchor, AuditEntry, AuditEvent, chainBreak, ChainVerdict, nextAuditEntry } from './audit-chain';
import { auditKeyFromEnv } from './audit-key';

const DUPLICATE_KEY = 11000;
const MAX_APPEND_ATTEMPTS = 20;
const MAX_FIELD_LENGTH = 256;
export const MAX_AUDIT_PAGE = 500;

/** Where anchors are kept unless HARBOUR_AUDIT_ANCHOR_DB says otherwise: not in the service's own database. */
export const auditAnchorDbName = (env: NodeJS.ProcessEnv = process.env): string => env.HARBOUR_AUDIT_ANCHOR_DB || 'harbour-audit-anchors';

/**
 * Append-only, keyed chain of access to personal data, kept in the service's own database.
 * Each entry carries an HMAC under the audit key over itself and the MAC before it, so an entry
 * rewritten or removed breaks the chain, even by someone who recomputes hashes. Each append also
 * anchors the new head in a database of its own (grant the service insert and find there, not
 * remove): a chain shorter than its newest anchor has lost its last entries. A unique sequence
 * keeps the chain linear when several instances append.
 */
export class AuditLog {
  private readonly entries: Collection<AuditEntry>;
  private readonly anchors: Collection<AuditAnchor>;
  private readonly log: string;
  private indexed?: Promise<unknown>;
  // Appends from one process go one at a time; other processes are handled by the unique index.
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    connection: Connection,
    private readonly key: Buffer = auditKeyFromEnv(),
    anchorDb: string = auditAnchorDbName(),
  ) {
    this.entries = connection.collection<AuditEntry>('audit_log');
    this.anchors = connection.useDb(anchorDb, { useCache: true }).collection<AuditAnchor>('audit_anchors');
    this.log = connection.name;
  }

  record(event: AuditEvent): Promise<AuditEntry> {
    assertAuditEvent(event);
    const appended = this.tail.then(() => this.append(event));
    this.tail = appended.catch(() => undefined);
    return appended;
  }

  /** Entries after `after`, oldest first, at most `limit`: what an auditor reads. */
  async page(after: number, limit: number): Promise<AuditEntry[]> {
    return this.entries
      .find({ sequence: { $gt: after } }, { projection: { _id: 0 } })
      .sort({ sequence: 1 })
      .limit(Math.min(limit, MAX_AUDIT_PAGE))
      .toArray();
  }

  async verifyChain(): Promise<ChainVerdict> {
    const anchor = await this.anchors.findOne({ log: this.log }, { sort: { sequence: -1 }, projection: { _id: 0 } });
    let previous: AuditEntry | null = null;
    let count = 0;
    let anchoredMac: string | undefined;
    for await (const entry of this.entries.find({}, { projection: { _id: 0 } }).sort({ sequence: 1 })) {
      const reason = chainBreak(previous, entry, this.key);
      if (reason) return { intact: false, entries: count, brokenAt: entry.sequence, reason };
      if (entry.sequence === anchor?.sequence) anchoredMac = entry.mac;
      previous = entry;
      count += 1;
    }
    const reason = anchorBreak(anchor, anchoredMac, count, this.key);
    if (reason) return { intact: false, entries: count, brokenAt: Math.min(count + 1, anchor!.sequence), reason };
    return { intact: true, entries: count };
  }

  private async append(event: AuditEvent): Promise<AuditEntry> {
    this.indexed ??= Promise.all([
      this.entries.createIndex({ sequence: 1 }, { unique: true, name: 'sequence_unique' }),
      this.anchors.createIndex({ log: 1, sequence: 1 }, { unique: true, name: 'log_sequence_unique' }),
    ]);
    await this.indexed;
    for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt++) {
      const last = await this.entries.findOne({}, { sort: { sequence: -1 }, projection: { _id: 0 } });
      const entry = nextAuditEntry(last, event, new Date(), this.key);
      try {
        await this.entries.insertOne({ ...entry });
      } catch (error) {
        if ((error as { code?: unknown }).code !== DUPLICATE_KEY) throw error;
        continue;
      }
      await this.anchors.insertOne(anchorOf(this.log, entry, new Date(), this.key));
      return entry;
    }
    throw new Error(`audit log append lost ${MAX_APPEND_ATTEMPTS} races for the next sequence number`);
  }
}

function assertAuditEvent(event: AuditEvent): void {
  for (const field of ['actor', 'action', 'resource'] as const) {
    const value = event[field];
    if (typeof value !== 'string' || value.length === 0 || value.length > MAX_FIELD_LENGTH) {
      throw new TypeError(`audit ${field} must be a string of 1 to ${MAX_FIELD_LENGTH} characters`);
    }
  }
}
