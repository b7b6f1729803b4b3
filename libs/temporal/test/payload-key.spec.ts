import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPayloadKey } from '../src';

describe(loadPayloadKey.name, () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'harbour-payload-key-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('takes the key from HARBOUR_PAYLOAD_KEY when set', () => {
    const key = randomBytes(32);
    const loaded = loadPayloadKey({ payloadKey: key.toString('base64'), payloadKeyFile: path.join(folder, 'unused.key') });
    expect(loaded.key.equals(key)).toBe(true);
    expect(loaded.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => loadPayloadKey({ payloadKey: randomBytes(16).toString('base64'), payloadKeyFile: '' })).toThrow(
      /HARBOUR_PAYLOAD_KEY: a payload key must be 32 bytes, got 16/,
    );
  });

  it('creates the key file, readable by its owner only, on first use, and reuses it', () => {
    const payloadKeyFile = path.join(folder, 'keys', 'payload.key');
    const first = loadPayloadKey({ payloadKeyFile });
    expect(statSync(payloadKeyFile).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(payloadKeyFile, 'utf8').trim(), 'base64').equals(first.key)).toBe(true);
    expect(loadPayloadKey({ payloadKeyFile })).toEqual(first);
  });
});
