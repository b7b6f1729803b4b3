import { isDuplicateKey } from '../idempotency/duplicate-key';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Collection, Connection } from 'mongoose';
import { localMasterKey, MasterKeySource } from './master-key';

interface JourneyKeyRecord {
  _id: string;
  /** Absent once the journey is erased. */
  wrappedKey?: string;
  createdAt?: Date;
  erasedAt?: Date;
}

export class JourneyErasedError extends Error {
  constructor() {
    super('the journey was erased: its personal data can no longer be read or written');
    this.name = 'JourneyErasedError';
  }
}

const FORMAT = 'hk1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/**
 * Encrypts personal fields with a data key of their journey (AES-256-GCM). Data keys are
 * stored wrapped by the master key in `journey_keys`; erasing a journey destroys its key, so
 * every copy of its ciphertext, wherever it was copied, becomes unreadable.
 */
export class Keyring {
  private readonly keys: Collection<JourneyKeyRecord>;
  private readonly wrappingKey: Buffer;
  private readonly hashingKey: Buffer;

  constructor(connection: Connection, masterKey: Buffer) {
    this.keys = connection.collection<JourneyKeyRecord>('journey_keys');
    // Separate keys per purpose, derived from the master key.
    this.wrappingKey = derive(masterKey, 'harbour/journey-key-wrapping/v1');
    this.hashingKey = derive(masterKey, 'harbour/keyed-hash/v1');
  }

  static async open(connection: Connection, masterKey: MasterKeySource = localMasterKey): Promise<Keyring> {
    return new Keyring(connection, await masterKey());
  }

  async encrypt(journeyId: string, plaintext: string): Promise<string> {
    return seal(await this.dataKey(journeyId, true), Buffer.from(plaintext, 'utf8'), personalDataContext(journeyId));
  }

  async decrypt(journeyId: string, ciphertext: string): Promise<string> {
    return unseal(await this.dataKey(journeyId, false), ciphertext, personalDataContext(journeyId)).toString('utf8');
  }

  /** Destroys the journey's data key and leaves a tombstone so no new key is made for it. */
  async eraseJourney(journeyId: string): Promise<void> {
    assertJourneyId(journeyId);
    await this.keys.updateOne({ _id: journeyId }, { $unset: { wrappedKey: '' }, $set: { erasedAt: new Date() } }, { upsert: true });
  }

  /** HMAC-SHA-256 of an already-normalised identifier, to find records by it without storing it in clear. */
  keyedHash(value: string): string {
    return createHmac('sha256', this.hashingKey).update(value, 'utf8').digest('hex');
  }

  private async dataKey(journeyId: string, createIfMissing: boolean): Promise<Buffer> {
    assertJourneyId(journeyId);
    let record = await this.keys.findOne({ _id: journeyId });
    if (!record && createIfMissing) {
      const key = randomBytes(32);
      try {
        await this.keys.insertOne({ _id: journeyId, wrappedKey: seal(this.wrappingKey, key, keyContext(journeyId)), createdAt: new Date() });
        return key;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        // Another writer created the journey's key first: use that one.
        record = await this.keys.findOne({ _id: journeyId });
      }
    }
    if (!record) throw new Error('no data key exists for this journey');
    if (!record.wrappedKey) throw new JourneyErasedError();
    return unseal(this.wrappingKey, record.wrappedKey, keyContext(journeyId));
  }
}

function derive(masterKey: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), purpose, 32));
}

// The journey id is bound into every ciphertext, so data cannot be moved to another journey.
function personalDataContext(journeyId: string): Buffer {
  return Buffer.from(`harbour/personal-data/${journeyId}`, 'utf8');
}

function keyContext(journeyId: string): Buffer {
  return Buffer.from(`harbour/journey-key/${journeyId}`, 'utf8');
}

function assertJourneyId(journeyId: unknown): asserts journeyId is string {
  if (typeof journeyId !== 'string' || journeyId === '') throw new Error('a journey id is required');
}

function seal(key: Buffer, plaintext: Buffer, context: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(context);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return `${FORMAT}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

function unseal(key: Buffer, sealed: string, context: Buffer): Buffer {
  const [format, payload] = sealed.split(':');
  if (format !== FORMAT || !payload) throw new Error(`not a ${FORMAT} ciphertext`);
  const bytes = Buffer.from(payload, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(context);
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}
