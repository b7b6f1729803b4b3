import { rateDecision } from './rate-limiter';

describe(rateDecision.name, () => {
  it('lets a client make `limit` requests per window, then tells it when to come back', () => {
    expect(rateDecision(2, 2, 60_000, 60_000, 75_000)).toEqual({ allowed: true });
    expect(rateDecision(3, 2, 60_000, 60_000, 75_000)).toEqual({ allowed: false, retryAfterSeconds: 45 });
  });

  it('never asks to wait less than a second', () => {
    expect(rateDecision(3, 2, 60_000, 60_000, 119_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});
