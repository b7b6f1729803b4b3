import mongoose, { Connection, Schema } from 'mongoose';
import { testServers, uniqueName } from '@harbour/testing';

interface OutboxEntry {
  id: string;
  eventType: string;
  sentAt?: Date;
}

interface CaseRecord {
  _id: string;
  reference: string;
  stage: string;
  outbox: OutboxEntry[];
}

const caseSchema = new Schema<CaseRecord>({
  _id: String,
  reference: { type: String, required: true, unique: true },
  stage: String,
  outbox: [{ _id: false, id: String, eventType: String, sentAt: Date }],
});

// The database is mongo-java-server locally (FerretDB v1 with HARBOUR_DATABASE=ferretdb) and MongoDB
// in docker-compose and production. These tests pin down the update operators Harbour's outbox
// relies on, and where FerretDB v1 differs from MongoDB (the local default behaves like MongoDB).
describe('MongoDB-compatible database', () => {
  let connection: Connection;
  let ferretdb: boolean;
  const Case = () => connection.model<CaseRecord>('Case', caseSchema);

  beforeAll(async () => {
    connection = await mongoose.createConnection(testServers().mongoUrl, { dbName: uniqueName('smoke') }).asPromise();
    const buildInfo = await connection.db!.admin().command({ buildInfo: 1 });
    ferretdb = typeof buildInfo.ferretdbVersion === 'string';
    await Case().init();
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  async function openCase(): Promise<CaseRecord> {
    const created = await Case().create({
      _id: uniqueName('case'),
      reference: uniqueName('ref'),
      stage: 'opened',
      outbox: [
        { id: 'e1', eventType: 'opened' },
        { id: 'e2', eventType: 'screened' },
      ],
    });
    return created.toObject();
  }

  it('refuses a second record with the same unique reference', async () => {
    const first = await openCase();
    await expect(Case().create({ _id: uniqueName('case'), reference: first.reference, stage: 'opened' })).rejects.toMatchObject({
      code: 11000,
    });
  });

  it('changes a field and appends to an array in one atomic update', async () => {
    const { _id } = await openCase();
    const result = await Case().updateOne(
      { _id, stage: 'opened' },
      { $set: { stage: 'referred' }, $push: { outbox: { id: 'e3', eventType: 'referred' } } },
    );
    expect(result.modifiedCount).toBe(1);
    const stored = await Case().findById(_id).lean();
    expect(stored).toMatchObject({ stage: 'referred', outbox: [{ id: 'e1' }, { id: 'e2' }, { id: 'e3', eventType: 'referred' }] });
  });

  it('marks one array entry by its index, guarded by its id (works on every one)', async () => {
    const { _id } = await openCase();
    const sentAt = new Date('2025-01-02T03:04:05Z');
    const marked = await Case().updateOne({ _id, 'outbox.1.id': 'e2' }, { $set: { 'outbox.1.sentAt': sentAt } });
    const stale = await Case().updateOne({ _id, 'outbox.0.id': 'e2' }, { $set: { 'outbox.0.sentAt': sentAt } });
    expect([marked.modifiedCount, stale.matchedCount]).toEqual([1, 0]);
    const stored = await Case().findById(_id).lean();
    expect(stored?.outbox).toEqual([{ id: 'e1', eventType: 'opened' }, { id: 'e2', eventType: 'screened', sentAt }]);
  });

  it('removes the head entry with $pop, guarded by its id (works on every one)', async () => {
    const { _id } = await openCase();
    const removed = await Case().updateOne({ _id, 'outbox.0.id': 'e1' }, { $pop: { outbox: -1 } });
    const stale = await Case().updateOne({ _id, 'outbox.0.id': 'e1' }, { $pop: { outbox: -1 } });
    expect([removed.modifiedCount, stale.matchedCount]).toEqual([1, 0]);
    const stored = await Case().findById(_id).lean();
    expect(stored?.outbox).toEqual([{ id: 'e2', eventType: 'screened' }]);
  });

  it('applies the positional operator outbox.$, which FerretDB v1 rejects', async () => {
    const { _id } = await openCase();
    const sentAt = new Date('2025-01-02T03:04:05Z');
    const update = Case().updateOne({ _id, 'outbox.id': 'e2' }, { $set: { 'outbox.$.sentAt': sentAt } });
    if (ferretdb) {
      await expect(update).rejects.toThrow(/Cannot create field '\$'/);
    } else {
      await expect(update).resolves.toMatchObject({ modifiedCount: 1 });
    }
  });

  // FerretDB v1 compares a $pull sub-document with each whole element instead of treating it
  // as a query, and ignores operator conditions such as $in: partial matches remove nothing.
  it('removes entries matching a partial $pull, where FerretDB v1 silently removes none', async () => {
    const { _id } = await openCase();
    await Case().updateOne({ _id }, { $pull: { outbox: { id: 'e1' } } });
    await Case().updateOne({ _id }, { $pull: { outbox: { id: { $in: ['e2'] } } } });
    const stored = await Case().findById(_id).lean();
    expect(stored?.outbox.map(({ id }) => id)).toEqual(ferretdb ? ['e1', 'e2'] : []);
  });
});
