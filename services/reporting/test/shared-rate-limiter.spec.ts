import { randomUUID } from 'node:crypto';
import { Connection } from 'mongoose';
import { connectMongo } from '@harbour/persistence';
import { SharedRateLimiter } from '../src/anonymous-reports/rate-limiter';

describe(SharedRateLimiter.name, () => {
  let connection: Connection;
  let other: Connection;
  let now = 1_000_040_000;
  const clock = () => now;

  beforeAll(async () => {
    const dbName = `harbour-rate-test-${randomUUID().slice(0, 8)}`;
    [connection, other] = await Promise.all([connectMongo(dbName), connectMongo(dbName)]);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await Promise.all([connection.close(), other.close()]);
  });

  it('counts one limit across replicas, each client on its own', async () => {
    const replicas = [new SharedRateLimiter(connection, 3, 60_000, clock), new SharedRateLimiter(other, 3, 60_000, clock)];
    const decisions = [];
    for (let n = 0; n < 4; n++) decisions.push(await replicas[n % 2].hit('203.0.113.7'));
    expect(decisions.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(decisions[3]).toEqual({ allowed: false, retryAfterSeconds: 40 });
    await expect(replicas[1].hit('198.51.100.4')).resolves.toEqual({ allowed: true });
  });

  it('keeps no address, and deletes a window key and its counts once the window has passed', async () => {
    const limiter = new SharedRateLimiter(connection, 3, 60_000, clock);
    await limiter.hit('203.0.113.7');
    const stored = JSON.stringify([await connection.collection('anonymous_rate_counts').find().toArray(), await connection.collection('anonymous_rate_windows').find().toArray()]);
    expect(stored).not.toContain('203.0.113.7');
    now += 60_000;
    await expect(limiter.hit('203.0.113.7')).resolves.toEqual({ allowed: true });
    expect(await connection.collection('anonymous_rate_windows').countDocuments()).toBe(1);
    expect(await connection.collection('anonymous_rate_counts').countDocuments()).toBe(1);
  });
});
