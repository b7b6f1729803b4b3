import { Connection, Model, Schema } from 'mongoose';
import { connectMongo, ScopedRepository, UnscopedQueryError } from '../src';
import { uniqueName } from './support/unique-name';

interface Note {
  journeyId: string;
  author: string;
  kind: string;
}

describe(ScopedRepository.name, () => {
  let mongo: Connection;
  let Notes: Model<Note>;
  let notes: ScopedRepository<Note, 'journeyId'>;

  beforeAll(async () => {
    mongo = await connectMongo(uniqueName('harbour-test-persistence'));
    Notes = mongo.model<Note>('Note', new Schema<Note>({ journeyId: String, author: String, kind: String }));
    notes = new ScopedRepository(Notes, 'journeyId');
    await notes.create('journey-a', { author: 'case-worker', kind: 'contact' });
    await notes.create('journey-b', { author: 'case-worker', kind: 'contact' });
  });

  afterAll(async () => {
    await mongo.dropDatabase();
    await mongo.close();
  });

  it('reads only the records of the given journey', async () => {
    const found = await notes.find('journey-a', { author: 'case-worker' });

    expect(found.map((note) => note.journeyId)).toEqual(['journey-a']);
  });

  it('cannot be steered out of its journey by an $or in the filter', async () => {
    const found = await notes.find('journey-a', { $or: [{ kind: 'contact' }, { author: 'someone' }] });

    expect(found.map((note) => note.journeyId)).toEqual(['journey-a']);
  });

  it('refuses a query without a scope', async () => {
    const missing = undefined as unknown as string;
    const injected = { $ne: null } as unknown as string;

    await expect(notes.find(missing)).rejects.toThrow(UnscopedQueryError);
    await expect(notes.findOne('')).rejects.toThrow(UnscopedQueryError);
    await expect(notes.deleteMany(injected)).rejects.toThrow(UnscopedQueryError);
    await expect(notes.create(missing, { author: 'x', kind: 'y' })).rejects.toThrow(UnscopedQueryError);
    expect(await Notes.countDocuments()).toBe(2);
  });

  it('keeps the scope key out of filters at compile time', async () => {
    // @ts-expect-error the journey is the scope argument, never part of the filter
    const filter: Parameters<typeof notes.find>[1] = { journeyId: 'journey-b' };

    expect(await notes.find('journey-a', filter)).toHaveLength(1);
    expect((await notes.find('journey-a', filter))[0].journeyId).toBe('journey-a');
  });

  it('refuses an update that would move a record to another journey', async () => {
    await expect(notes.updateOne('journey-a', {}, { $set: { journeyId: 'journey-b' } })).rejects.toThrow(UnscopedQueryError);

    const result = await notes.updateOne('journey-a', { kind: 'contact' }, { $set: { kind: 'visit' } });
    expect(result).toEqual({ matched: 1, modified: 1 });
    expect((await notes.findOne('journey-b'))?.kind).toBe('contact');
  });
});

interface Account {
  login: string;
  secret: unknown;
}

describe('operator injection', () => {
  let mongo: Connection;
  let Accounts: Model<Account>;

  beforeAll(async () => {
    mongo = await connectMongo(uniqueName('harbour-test-persistence'));
    Accounts = mongo.model<Account>('Account', new Schema<Account>({ login: String, secret: Schema.Types.Mixed }));
    await Accounts.create([{ login: 'a', secret: 's1' }, { login: 'b', secret: 's2' }]);
  });

  afterAll(async () => {
    await mongo.dropDatabase();
    await mongo.close();
  });

  it('treats { $ne: null } from user input as a value, not an operator', async () => {
    const fromRequestBody = JSON.parse('{ "secret": { "$ne": null } }') as { secret: unknown };

    const found = await Accounts.find({ secret: fromRequestBody.secret });

    expect(found).toHaveLength(0);
    expect(await Accounts.find({ secret: 's1' })).toHaveLength(1);
  });

  it('refuses { $ne: null } against a typed field instead of matching everything', async () => {
    const login = JSON.parse('{ "$ne": null }') as string;

    await expect(Accounts.findOne({ login })).rejects.toThrow(/Cast to string failed/);
  });
});
