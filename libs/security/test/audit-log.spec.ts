import { Test } from '@nestjs/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { Connection } from 'mongoose';
import { connectMongo, MongoModule } from '@harbour/persistence';
import { auditAnchorDbName, AuditAnchor, AuditEntry, auditKeyFromEnv, AuditLog, AuditLogModule, GENESIS_MAC, macAuditEntry, nextAuditEntry } from '../src';

const key = randomBytes(32);

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
    await connection.useDb(auditAnchorDbName()).collection('audit_anchors').deleteMany({ log: dbName });
    return new AuditLog(connection, key);
  }
  const entries = () => connection.collection<AuditEntry>('audit_log');

  it('chains each entry to the MAC of the one before, and anchors the head apart', async () => {
    const log = await freshLog();
    const first = await log.record(access(1));
    const second = await log.record({ actor: 'bob', action: 'export', resource: 'referral/7' });
    expect(first).toMatchObject({ sequence: 1, previousMac: GENESIS_MAC, actor: 'alice', journeyId });
    expect(second).toMatchObject({ sequence: 2, previousMac: first.mac });
    expect(second).not.toHaveProperty('journeyId');
    await expect(log.verifyChain()).resolves.toEqual({ intact: true, entries: 2 });
    const anchors = await connection.useDb(auditAnchorDbName()).collection('audit_anchors').find({ log: dbName }).sort({ sequence: 1 }).toArray();
    expect(anchors.map(({ sequence, mac }) => ({ sequence, mac }))).toEqual([
      { sequence: 1, mac: first.mac },
      { sequence: 2, mac: second.mac },
    ]);
  });

  it('keeps one linear chain when several instances append at once', async () => {
    await freshLog();
    const other = await connectMongo(dbName);
    try {
      const logs = [new AuditLog(connection, key), new AuditLog(other, key)];
      const recorded = await Promise.all(Array.from({ length: 12 }, (_, n) => logs[n % 2].record(access(n))));
      expect(recorded.map((entry) => entry.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, n) => n + 1));
      await expect(logs[0].verifyChain()).resolves.toEqual({ intact: true, entries: 12 });
    } finally {
      await other.close();
    }
  });

  it('detects an entry altered in the database', async () => {
    const log = await freshLog();
    for (let n = 1; n <= 3; n++) await log.record(access(n));
    await entries().updateOne({ sequence: 2 }, { $set: { action: 'nothing-to-see' } });
    await expect(log.verifyChain()).resolves.toEqual({
      intact: false,
      entries: 1,
      brokenAt: 2,
      reason: 'entry was altered after it was recorded, or sealed with another key',
    });
  });

  it('detects an entry rewritten and resealed by someone without the audit key', async () => {
    const log = await freshLog();
    for (let n = 1; n <= 3; n++) await log.record(access(n));
    const original = await entries().findOne({ sequence: 2 }, { projection: { _id: 0 } });
    const forged = { ...original!, action: 'nothing-to-see' };
    await entries().updateOne({ sequence: 2 }, { $set: { action: forged.action, mac: macAuditEntry(forged, randomBytes(32)) } });
    await expect(log.verifyChain()).resolves.toMatchObject({ intact: false, brokenAt: 2, reason: 'entry was altered after it was recorded, or sealed with another key' });
  });

  it('detects the whole chain rewritten from an entry on, with the key, against its anchor', async () => {
    const log = await freshLog();
    for (let n = 1; n <= 3; n++) await log.record(access(n));
    // Even one who holds the key and reseals entries 2 and 3 leaves the anchor naming the old entry 3.
    const [first, second] = await entries().find({}, { projection: { _id: 0 } }).sort({ sequence: 1 }).limit(2).toArray();
    const rewritten = nextAuditEntry(first, { ...access(2), action: 'nothing-to-see' }, second.recordedAt, key);
    const third = nextAuditEntry(rewritten, access(3), new Date(), key);
    await entries().deleteMany({ sequence: { $gte: 2 } });
    await entries().insertMany([rewritten, third]);
    await expect(log.verifyChain()).resolves.toEqual({ intact: false, entries: 3, brokenAt: 3, reason: 'entry 3 differs from its anchor' });
  });

  it('detects an entry removed from the middle', async () => {
    const log = await freshLog();
    for (let n = 1; n <= 3; n++) await log.record(access(n));
    await entries().deleteOne({ sequence: 2 });
    await expect(log.verifyChain()).resolves.toMatchObject({ intact: false, brokenAt: 3, reason: 'expected entry 2, found entry 3' });
  });

  it('detects its last entries deleted, and a forged anchor', async () => {
    const log = await freshLog();
    for (let n = 1; n <= 5; n++) await log.record(access(n));
    await entries().deleteMany({ sequence: { $gte: 4 } });
    await expect(log.verifyChain()).resolves.toEqual({
      intact: false,
      entries: 3,
      brokenAt: 4,
      reason: 'entries 4 to 5 were removed: the anchor names entry 5',
    });
    const anchors = connection.useDb(auditAnchorDbName()).collection<AuditAnchor>('audit_anchors');
    await anchors.deleteMany({ log: dbName, sequence: { $gte: 4 } });
    await anchors.updateOne({ log: dbName, sequence: 3 }, { $set: { anchoredAt: new Date() } });
    await expect(log.verifyChain()).resolves.toMatchObject({ intact: false, reason: 'the anchor of entry 3 was forged' });
  });

  it('refuses an audit key of the wrong length', () => {
    expect(() => auditKeyFromEnv({ HARBOUR_AUDIT_KEY: 'c2hvcnQ=' })).toThrow('the audit key from HARBOUR_AUDIT_KEY must be 32 bytes, base64-encoded');
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
