import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { PayloadKey } from './payload-key';

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

/**
 * Encrypts every Temporal payload (arguments, results, signals, queries, memos and, with the
 * failure converter, error messages) with AES-256-GCM, so Temporal's history holds no clear
 * data. The first key encrypts; every key given can decrypt, which lets keys rotate.
 */
export class EncryptionCodec implements PayloadCodec {
  private readonly keys: Map<string, Buffer>;

  constructor(private readonly encryptingKey: PayloadKey, decryptOnlyKeys: PayloadKey[] = []) {
    this.keys = new Map([encryptingKey, ...decryptOnlyKeys].map(({ id, key }) => [id, key]));
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
    return payloads.map((payload) => {
      if (text(payload.metadata?.[METADATA_ENCODING_KEY]) !== ENCODING) return payload;
      const keyId = text(payload.metadata?.[KEY_ID]);
      const key = this.keys.get(keyId);
      if (!key) throw new PayloadDecryptionError(`payload encrypted with key '${keyId}', which this process does not hold`);
      const data = Buffer.from(payload.data ?? []);
      if (data.length < IV_BYTES + TAG_BYTES) throw new PayloadDecryptionError('encrypted payload is truncated');
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      try {
        const clear = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
        return temporal.api.common.v1.Payload.decode(clear);
      } catch {
        throw new PayloadDecryptionError(`payload with key '${keyId}' failed authentication: wrong key or altered data`);
      }
    });
  }
}
