import { createHmac, randomBytes } from 'node:crypto';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts requests per client in fixed windows, in memory only. A client is known by an HMAC of
 * its address under a random key that lives in this process for one window: the address itself
 * is never kept, the counts and the key are dropped when the window ends, and a hash from one
 * window cannot be matched to the next. Nothing is written to the database or to a log.
 */
export class FixedWindowRateLimiter {
  private windowStartedAt = 0;
  private key = randomBytes(32);
  private counts = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  hit(clientAddress: string): RateDecision {
    const now = this.now();
    if (now - this.windowStartedAt >= this.windowMs) this.startWindow(now);
    const client = createHmac('sha256', this.key).update(clientAddress).digest('base64');
    const count = (this.counts.get(client) ?? 0) + 1;
    this.counts.set(client, count);
    if (count <= this.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((this.windowStartedAt + this.windowMs - now) / 1000)) };
  }

  private startWindow(now: number): void {
    this.windowStartedAt = now;
    this.key = randomBytes(32);
    this.counts = new Map();
  }
}
