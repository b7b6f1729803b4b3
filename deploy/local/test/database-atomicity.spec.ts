import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { mongo } from 'mongoose';
import { OwnDatabase } from './own-database';

const run = promisify(execFile);
const racer = path.join(__dirname, 'compare-and-set-racer.js');

// Harbour's records change by guarded single-document updates (the stage, places left, the
// outbox); two service instances must never both win one. This races compare-and-set updates from
// several processes, each with a pool of connections, on the local default database.
describe('the local database keeps single-document updates atomic across processes', () => {
  const processes = 4;
  const racersPerProcess = 3;
  const winsPerRacer = 15;
  let database: OwnDatabase;
  let client: mongo.MongoClient;

  beforeAll(async () => {
    database = await OwnDatabase.start();
    client = await mongo.MongoClient.connect(database.url);
  });
  afterAll(async () => {
    await client?.close();
    await database?.stop();
  });

  it('applies every compare-and-set it reports as successful, and no other', async () => {
    const counters = client.db('atomicity').collection<{ _id: string; n: number; stamps: string[] }>('counters');
    await counters.insertOne({ _id: 'counter', n: 0, stamps: [] });

    const outputs = await Promise.all(
      Array.from({ length: processes }, () =>
        run(process.execPath, [racer, database.url, 'atomicity', 'counter', String(racersPerProcess), String(winsPerRacer)]),
      ),
    );
    const reported = outputs.flatMap(({ stdout }) => JSON.parse(stdout) as string[]);
    const stored = await counters.findOne({ _id: 'counter' });

    expect(reported).toHaveLength(processes * racersPerProcess * winsPerRacer);
    // A lost update shows as a counter below the successes and a stamp missing from the array.
    expect(stored?.n).toBe(reported.length);
    expect([...(stored?.stamps ?? [])].sort()).toEqual([...reported].sort());
  });
});
