import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { PayloadKey } from './payload-key';
import { REFUSED_PAYLOAD_FIELD } from './refused-payload';

const ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const utf8 = new TextEncoder();
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');

export class PayloadDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadDecryptionError';
  }
}

/** Why a payload was refused; logged with the key id, never with the payload. */
export type RefusalReason = 'not-encrypted' | 'unknown-key' | 'truncated' | 'failed-authentication';

export interface EncryptionCodecOptions {
  /** Keys that still decrypt payloads of earlier keys (rotation). */
  decryptOnlyKeys?: PayloadKey[];
  /**
   * `throw` (clients, activity workers), or `mark` on workflow workers: the workflow gets a value
   * the refused-payload interceptor recognises, so the signal or update is dropped and the journey
   * goes on (a codec that threw would fail the workflow task over and over, blocking the journey).
   */
  onRefused?: 'throw' | 'mark';
  /**
   * `pass` hands clear payloads back as they are, for a decoder that only shows payloads to a
   * person (a codec server for the Temporal UI, which also sends headers and markers); every
   * process that acts on payloads refuses them (the default).
   */
  clearPayloads?: 'refuse' | 'pass';
  /** Where refusals are reported; the message names the reason and key id only. */
  log?: (message: string) => void;
}

/**
 * Encrypts every Temporal payload (arguments, results, signals, queries, memos and, with the
 * failure converter, error messages) with AES-256-GCM, so Temporal's history holds no clear
 * data. The first key encrypts; every key given can decrypt, which lets keys rotate. Decoding
 * refuses what this codec did not encrypt: a clear payload (a signal forged with a plain client
 * or the CLI), a foreign key, truncated or altered data.
 */
export class EncryptionCodec implements PayloadCodec {
  private readonly keys: Map<string, Buffer>;
  private readonly onRefused: 'throw' | 'mark';
  private readonly passClear: boolean;
  private readonly log: (message: string) => void;

  constructor(private readonly encryptingKey: PayloadKey, options: EncryptionCodecOptions = {}) {
    this.keys = new Map([encryptingKey, ...(options.decryptOnlyKeys ?? [])].map(({ id, key }) => [id, key]));
    this.onRefused = options.onRefused ?? 'throw';
    this.passClear = options.clearPayloads === 'pass';
    this.log = options.log ?? ((message) => console.warn(message));
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', this.encryptingKey.key, iv);
      const clear = temporal.api.common.v1.Payload.encode(payload).finish();
      const sealed = Buffer.concat([cipher.update(clear), cipher.final()]);
      return {
        metadata: { [METADATA_ENCODING_KEY]: utf8.encode(ENCODING), [KEY_ID]: utf8.encode(this.encryptingKey.id) },
        data: Buffer.concat([iv, sealed, cipher.getAuthTag()]),
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.decodeOne(payload));
  }

  private decodeOne(payload: Payload): Payload {
    if (text(payload.metadata?.[METADATA_ENCODING_KEY]) !== ENCODING) return this.passClear ? payload : this.refuse('not-encrypted', 'payload is not encrypted');
    const keyId = text(payload.metadata?.[KEY_ID]);
    const key = this.keys.get(keyId);
    if (!key) return this.refuse('unknown-key', `payload encrypted with key '${keyId}', which this process does not hold`, keyId);
    const data = Buffer.from(payload.data ?? []);
    if (data.length < IV_BYTES + TAG_BYTES) return this.refuse('truncated', 'encrypted payload is truncated', keyId);
    const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    try {
      const clear = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
      return temporal.api.common.v1.Payload.decode(clear);
    } catch {
      return this.refuse('failed-authentication', `payload with key '${keyId}' failed authentication: wrong key or altered data`, keyId);
    }
  }

  private refuse(reason: RefusalReason, message: string, keyId?: string): Payload {
    this.log(`harbour: refused a Temporal payload (${reason}${keyId ? `, key '${keyId}'` : ''})`);
    if (this.onRefused === 'throw') throw new PayloadDecryptionError(message);
    return { metadata: { [METADATA_ENCODING_KEY]: utf8.encode('json/plain') }, data: utf8.encode(JSON.stringify({ [REFUSED_PAYLOAD_FIELD]: reason })) };
  }
}
