import { randomBytes, randomUUID } from 'node:crypto';
import { Connection } from 'mongoose';
import { connectMongo, JourneyErasedError, Keyring } from '../src';
import { uniqueName } from './support/unique-name';

describe(Keyring.name, () => {
  const masterKey = randomBytes(32);
  let mongo: Connection;
  let keyring: Keyring;

  beforeAll(async () => {
    mongo = await connectMongo(uniqueName('harbour-test-keyring'));
    keyring = new Keyring(mongo, masterKey);
  });

  afterAll(async () => {
    await mongo.dropDatabase();
    await mongo.close();
  });

  it('decrypts what it encrypted, and the ciphertext does not contain the plaintext', async () => {
    const journeyId = randomUUID();

    const ciphertext = await keyring.encrypt(journeyId, 'Ana Popescu, +40 700 000 000');

    expect(ciphertext).not.toContain('Popescu');
    expect(await keyring.decrypt(journeyId, ciphertext)).toBe('Ana Popescu, +40 700 000 000');
  });

  it('keeps one data key per journey, shared by every keyring on the same master key', async () => {
    const journeyId = randomUUID();
    const other = new Keyring(mongo, masterKey);

    const [first, second] = await Promise.all([keyring.encrypt(journeyId, 'one'), other.encrypt(journeyId, 'two')]);

    expect(await other.decrypt(journeyId, first)).toBe('one');
    expect(await keyring.decrypt(journeyId, second)).toBe('two');
    expect(await mongo.collection('journey_keys').countDocuments({ _id: journeyId as never })).toBe(1);
  });

  it("refuses another journey's ciphertext", async () => {
    const ciphertext = await keyring.encrypt(randomUUID(), 'address');
    const elsewhere = randomUUID();
    await keyring.encrypt(elsewhere, 'other');

    await expect(keyring.decrypt(elsewhere, ciphertext)).rejects.toThrow();
  });

  it('makes every copy of a journey unreadable once the journey is erased', async () => {
    const journeyId = randomUUID();
    const copy = await keyring.encrypt(journeyId, 'residence permit pending');

    await keyring.eraseJourney(journeyId);

    await expect(keyring.decrypt(journeyId, copy)).rejects.toThrow(JourneyErasedError);
    await expect(new Keyring(mongo, masterKey).decrypt(journeyId, copy)).rejects.toThrow(JourneyErasedError);
    await expect(keyring.encrypt(journeyId, 'new data')).rejects.toThrow(JourneyErasedError);
    const stored = await mongo.collection('journey_keys').findOne({ _id: journeyId as never });
    expect(stored).not.toHaveProperty('wrappedKey');
  });

  it('cannot open data keys with a different master key', async () => {
    const journeyId = randomUUID();
    const ciphertext = await keyring.encrypt(journeyId, 'name');

    await expect(new Keyring(mongo, randomBytes(32)).decrypt(journeyId, ciphertext)).rejects.toThrow();
  });

  it('hashes identifiers with a key, stable for lookups and different under another master key', () => {
    const hash = keyring.keyedHash('passport:ro:123456789');

    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(keyring.keyedHash('passport:ro:123456789')).toBe(hash);
    expect(new Keyring(mongo, randomBytes(32)).keyedHash('passport:ro:123456789')).not.toBe(hash);
  });
});
