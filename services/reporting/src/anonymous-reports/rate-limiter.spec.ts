import { FixedWindowRateLimiter } from './rate-limiter';

describe(FixedWindowRateLimiter.name, () => {
  let now = 1_000_000;
  const limiter = () => new FixedWindowRateLimiter(2, 60_000, () => now);

  it('lets a client make `limit` requests per window, then tells it when to come back', () => {
    const sut = limiter();
    expect(sut.hit('203.0.113.7')).toEqual({ allowed: true });
    expect(sut.hit('203.0.113.7')).toEqual({ allowed: true });
    now += 15_000;
    expect(sut.hit('203.0.113.7')).toEqual({ allowed: false, retryAfterSeconds: 45 });
  });

  it('counts each client on its own', () => {
    const sut = limiter();
    sut.hit('203.0.113.7');
    sut.hit('203.0.113.7');
    expect(sut.hit('198.51.100.4')).toEqual({ allowed: true });
  });

  it('forgets every client when the window ends', () => {
    const sut = limiter();
    sut.hit('203.0.113.7');
    sut.hit('203.0.113.7');
    now += 60_000;
    expect(sut.hit('203.0.113.7')).toEqual({ allowed: true });
  });

  it('keeps no client address, only keyed hashes of them', () => {
    const sut = limiter();
    sut.hit('203.0.113.7');
    expect(JSON.stringify([...(sut as unknown as { counts: Map<string, number> }).counts.keys()])).not.toContain('203.0.113.7');
  });
});
