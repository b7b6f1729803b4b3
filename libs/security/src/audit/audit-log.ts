import { Collection, Connection } from 'mongoose';
import { AuditEntry, AuditEvent, chainBreak, ChainVerdict, nextAuditEntry } from './audit-chain';

const DUPLICATE_KEY = 11000;
const MAX_APPEND_ATTEMPTS = 20;
const MAX_FIELD_LENGTH = 256;

/**
 * Append-only, hash-chained log of access to personal data, kept in the service's own
 * database. Each entry holds the hash of the one before, so altering or removing an entry
 * breaks the chain. A unique sequence keeps the chain linear when several instances append.
 */
export class AuditLog {
  private readonly entries: Collection<AuditEntry>;
  private indexed?: Promise<unknown>;
  // Appends from one process go one at a time; other processes are handled by the unique index.
  private tail: Promise<unknown> = Promise.resolve();

  constructor(connection: Connection) {
    this.entries = connection.collection<AuditEntry>('audit_log');
  }

  record(event: AuditEvent): Promise<AuditEntry> {
    assertAuditEvent(event);
    const appended = this.tail.then(() => this.append(event));
    this.tail = appended.catch(() => undefined);
    return appended;
  }

  async verifyChain(): Promise<ChainVerdict> {
    let previous: AuditEntry | null = null;
    let count = 0;
    for await (const entry of this.entries.find({}, { projection: { _id: 0 } }).sort({ sequence: 1 })) {
      const reason = chainBreak(previous, entry);
      if (reason) return { intact: false, entries: count, brokenAt: entry.sequence, reason };
      previous = entry;
      count += 1;
    }
    return { intact: true, entries: count };
  }

  private async append(event: AuditEvent): Promise<AuditEntry> {
    this.indexed ??= this.entries.createIndex({ sequence: 1 }, { unique: true, name: 'sequence_unique' });
    await this.indexed;
    for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt++) {
      const last = await this.entries.findOne({}, { sort: { sequence: -1 }, projection: { _id: 0 } });
      const entry = nextAuditEntry(last, event, new Date());
      try {
        await this.entries.insertOne({ ...entry });
        return entry;
      } catch (error) {
        if ((error as { code?: unknown }).code !== DUPLICATE_KEY) throw error;
      }
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
