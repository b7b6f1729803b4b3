import { PRODUCTION_RETRY_SCHEDULE, retryDelayMs } from './retry-schedule';

describe(retryDelayMs.name, () => {
  const middle = () => 0.5;

  it('doubles the wait after each failed try, up to the last try', () => {
    const waits = Array.from({ length: 9 }, (_, index) => retryDelayMs(index + 1, PRODUCTION_RETRY_SCHEDULE, middle));
    expect(waits).toEqual([15, 30, 60, 120, 240, 480, 960, 1920, 3840].map((seconds) => seconds * 1000));
    expect(retryDelayMs(10, PRODUCTION_RETRY_SCHEDULE, middle)).toBeUndefined();
  });

  it('spreads ten tries over about two hours in production', () => {
    const total = Array.from({ length: 9 }, (_, index) => retryDelayMs(index + 1, PRODUCTION_RETRY_SCHEDULE, middle) ?? 0).reduce((a, b) => a + b, 0);
    expect(total / 3_600_000).toBeCloseTo(2.13, 1);
  });

  it('jitters each wait within ±20 %, and never waits longer than the cap', () => {
    expect(retryDelayMs(1, PRODUCTION_RETRY_SCHEDULE, () => 0)).toBe(12_000);
    expect(retryDelayMs(1, PRODUCTION_RETRY_SCHEDULE, () => 1)).toBe(18_000);
    const capped = { ...PRODUCTION_RETRY_SCHEDULE, maxAttempts: 30, jitter: 0 };
    expect(retryDelayMs(25, capped)).toBe(capped.maxDelayMs);
  });
});
