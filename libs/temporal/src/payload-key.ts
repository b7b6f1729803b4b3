import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TemporalSettings } from './temporal-settings';

const KEY_BYTES = 32;

/** An AES-256 key and the id that payloads encrypted with it carry. */
export interface PayloadKey {
  id: string;
  key: Buffer;
}

export function payloadKeyFrom(key: Buffer): PayloadKey {
  if (key.length !== KEY_BYTES) throw new Error(`a payload key must be ${KEY_BYTES} bytes, got ${key.length}`);
  // The id names the key without revealing it, so a payload says which key it needs.
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

function decodeKey(base64: string, origin: string): PayloadKey {
  try {
    return payloadKeyFrom(Buffer.from(base64.trim(), 'base64'));
  } catch (error) {
    throw new Error(`${origin}: ${(error as Error).message}`);
  }
}

/**
 * The key from HARBOUR_PAYLOAD_KEY, or else from the local key file, which is created with a
 * fresh random key (mode 0600) the first time any Harbour process needs it.
 */
export function loadPayloadKey(settings: Pick<TemporalSettings, 'payloadKey' | 'payloadKeyFile'>): PayloadKey {
  if (settings.payloadKey) return decodeKey(settings.payloadKey, 'HARBOUR_PAYLOAD_KEY');
  const file = settings.payloadKeyFile;
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // Another process created it first: everyone uses that one.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return decodeKey(readFileSync(file, 'utf8'), file);
}
