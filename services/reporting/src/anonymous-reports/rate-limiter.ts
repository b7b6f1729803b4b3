import { createHmac, randomBytes } from 'node:crypto';
import { Collection, Connection } from 'mongoose';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const DUPLICATE_KEY = 11000;

/** The decision for the `count`-th request of a client in the window that started at `windowStart`. */
export function rateDecision(count: number, limit: number, windowStart: number, windowMs: number, now: number): RateDecision {
  if (count <= limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) };
}

interface WindowKey {
  _id: number;
  key: string;
}

interface ClientCount {
  _id: string;
  window: number;
  count: number;
}

/**
 * Counts requests per client in fixed windows, in the service's database, so every replica
 * counts against one limit and no process holds a count per client. A client is known by an
 * HMAC of its address under a random key made for one window and shared through the database:
 * the address itself is never kept, and when a window ends its key and counts are deleted, so a
 * hash from one window cannot be matched to the next (nor, once deleted, to an address).
 */
export class SharedRateLimiter {
  private readonly keys: Collection<WindowKey>;
  private readonly counts: Collection<ClientCount>;
  private current?: { window: number; key: Promise<Buffer> };

  constructor(
    connection: Connection,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.keys = connection.collection<WindowKey>('anonymous_rate_windows');
    this.counts = connection.collection<ClientCount>('anonymous_rate_counts');
  }

  async hit(clientAddress: string): Promise<RateDecision> {
    const now = this.now();
    const window = Math.floor(now / this.windowMs) * this.windowMs;
    const key = await this.keyOf(window);
    const client = createHmac('sha256', key).update(clientAddress).digest('base64url');
    const counted = await this.counts.findOneAndUpdate({ _id: `${window}:${client}` }, { $inc: { count: 1 }, $setOnInsert: { window } }, { upsert: true, returnDocument: 'after' });
    return rateDecision(counted?.count ?? 1, this.limit, window, this.windowMs, now);
  }

  private keyOf(window: number): Promise<Buffer> {
    if (this.current?.window !== window) {
      const key = this.openWindow(window);
      this.current = { window, key };
      key.catch(() => (this.current = undefined));
    }
    return this.current.key;
  }

  /** The window's key, made by whichever replica comes first; what earlier windows left is deleted. */
  private async openWindow(window: number): Promise<Buffer> {
    try {
      await this.keys.updateOne({ _id: window }, { $setOnInsert: { key: randomBytes(32).toString('base64') } }, { upsert: true });
    } catch (error) {
      // Another replica inserted it at the same moment: its key is the one.
      if ((error as { code?: unknown }).code !== DUPLICATE_KEY) throw error;
    }
    const stored = await this.keys.findOne({ _id: window });
    await Promise.all([this.keys.deleteMany({ _id: { $lt: window } }), this.counts.deleteMany({ window: { $lt: window } })]);
    return Buffer.from(stored!.key, 'base64');
  }
}
