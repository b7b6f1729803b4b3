import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { Connection } from 'mongoose';
import { connectMongo, MongoModule } from '@harbour/persistence';
import { AuditEntry, AuditLog, AuditLogModule, GENESIS_HASH, hashAuditEntry } from '../src';

const journeyId = randomUUID();
const access = (n: number) => ({ actor: 'alice', action: 'read', resource: `report/${n}`, journeyId });

describe(AuditLog.name, () => {
  let connection: Connection;
  const dbName = `harbour-audit-test-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    connection = await connectMongo(dbName);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  async function freshLog(): Promise<AuditLog> {
    await connection.collection('audit_log').deleteMany({});
    return new AuditLog(connection);
  }

  it('chains each entry to the hash of the one before', async () => {
    const log = await freshLog();
    const first = await log.record(access(1));
    const second = await log.record({ actor: 'bob', action: 'export', resource: 'referral/7' });
    expect(first).toMatchObject({ sequence: 1, previousHash: GENESIS_HASH, actor: 'alice', journeyId });
    expect(second).toMatchObject({ sequence: 2, previousHash: first.hash });
    expect(second).not.toHaveProperty('journeyId');
    await expect(log.verifyChain()).resolves.toEqual({ intact: true, entries: 2 });
  });

  it('keeps one linear chain when several instances append at once', async () => {
    await freshLog();
    const other = await connectMongo(dbName);
    try {
      const logs = [new AuditLog(connection), new AuditLog(other)];
      const entries = await Promise.all(Array.from({ length: 12 }, (_, n) => logs[n % 2].record(access(n))));
      expect(entries.map((entry) => entry.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, n) => n + 1));
      await expect(logs[0].verifyChain()).resolves.toEqual({ intact: true, entries: 12 });
    } finally {
      await other.close();
    }
  });

  it('detects an entry altered in the database', async () => {
    const log = await freshLog();
    for (let n = 1; n <= 3; n++) await log.record(access(n));
    await connection.collection<AuditEntry>('audit_log').updateOne({ sequence: 2 }, { $set: { action: 'nothing-to-see' } });
    await expect(log.verifyChain()).resolves.toEqual({
      intact: false,
      entries: 1,
      brokenAt: 2,
      reason: 'entry was altered after it was recorded',
    });
  });

  it('detects an entry removed from the middle, and an entry rewritten with a fresh hash', async () => {
    const log = await freshLog();
    for (let n = 1; n <= 3; n++) await log.record(access(n));
    const entries = connection.collection<AuditEntry>('audit_log');
    await entries.deleteOne({ sequence: 2 });
    await expect(log.verifyChain()).resolves.toMatchObject({ intact: false, brokenAt: 3, reason: 'expected entry 2, found entry 3' });

    const relinked = await freshLog();
    for (let n = 1; n <= 3; n++) await relinked.record(access(n));
    // Whoever rewrites entry 2 and recomputes its hash still breaks entry 3's link to it.
    const original = await entries.findOne({ sequence: 2 }, { projection: { _id: 0 } });
    const forged = { ...original!, action: 'nothing-to-see' };
    await entries.updateOne({ sequence: 2 }, { $set: { action: forged.action, hash: hashAuditEntry(forged) } });
    await expect(relinked.verifyChain()).resolves.toMatchObject({
      intact: false,
      brokenAt: 3,
      reason: 'previous hash does not match the entry before',
    });
  });

  it('refuses an entry without actor, action or resource', async () => {
    const log = await freshLog();
    expect(() => log.record({ actor: '', action: 'read', resource: 'report/1' })).toThrow('audit actor must be a string of 1 to 256 characters');
  });

  it("is provided to a service's modules on the service's own database", async () => {
    await freshLog();
    process.env.MONGO_DB = dbName;
    const service = await Test.createTestingModule({ imports: [MongoModule.forService('audit-test'), AuditLogModule] }).compile();
    try {
      await service.get(AuditLog).record(access(1));
      await expect(new AuditLog(connection).verifyChain()).resolves.toEqual({ intact: true, entries: 1 });
    } finally {
      await service.close();
    }
  });
});
