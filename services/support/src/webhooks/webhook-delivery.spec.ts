import { afterAttempt } from './webhook-delivery';
import { RetrySchedule } from './retry-schedule';

describe(afterAttempt.name, () => {
  const schedule: RetrySchedule = { maxAttempts: 3, firstDelayMs: 1000, maxDelayMs: 60_000, jitter: 0 };
  const at = new Date('2026-03-02T09:00:00.000Z');

  it('marks a delivery the receiver acknowledged as delivered', () => {
    expect(afterAttempt({ attempts: 1 }, { ok: true }, at, schedule)).toEqual({ status: 'delivered', attempts: 2, nextAttemptAt: at, deliveredAt: at });
  });

  it('tries a failed delivery again after the back-off, keeping why it failed', () => {
    expect(afterAttempt({ attempts: 1 }, { ok: false, error: 'HTTP 5xx' }, at, schedule)).toEqual({
      status: 'pending',
      attempts: 2,
      nextAttemptAt: new Date(at.getTime() + 2000),
      lastError: 'HTTP 5xx',
    });
  });

  it('dead-letters the delivery when the last try fails', () => {
    expect(afterAttempt({ attempts: 2 }, { ok: false, error: 'network error' }, at, schedule)).toEqual({
      status: 'dead',
      attempts: 3,
      nextAttemptAt: at,
      deadAt: at,
      lastError: 'network error',
    });
  });
});
