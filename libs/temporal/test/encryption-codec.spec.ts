import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { EncryptionCodec, PayloadDecryptionError, payloadKeyFrom, REFUSED_PAYLOAD_FIELD } from '../src';

const aKey = () => payloadKeyFrom(randomBytes(32));

describe(EncryptionCodec.name, () => {
  const clear = { journeyId: '938f2451-9cee-4b42-9a66-36abdf3c0216', note: 'Maria Popescu, Rue de la Loi 16' };
  const payload = defaultPayloadConverter.toPayload(clear);

  it('encrypts every payload so that the clear text is nowhere in it, and decrypts it back', async () => {
    const codec = new EncryptionCodec(aKey());
    const [encoded] = await codec.encode([payload]);

    const wire = Buffer.concat([encoded.data ?? Buffer.alloc(0), ...Object.values(encoded.metadata ?? {})]).toString('latin1');
    expect(wire).not.toContain('Popescu');
    expect(wire).not.toContain('938f2451');
    expect(Buffer.from(encoded.metadata?.encoding ?? []).toString()).toBe('binary/encrypted');

    const [decoded] = await codec.decode([encoded]);
    expect(defaultPayloadConverter.fromPayload(decoded)).toEqual(clear);
  });

  it('encrypts the same payload differently each time', async () => {
    const codec = new EncryptionCodec(aKey());
    const [first, second] = await codec.encode([payload, payload]);
    expect(Buffer.from(first.data ?? []).equals(Buffer.from(second.data ?? []))).toBe(false);
  });

  it('fails loudly with a key it does not hold', async () => {
    const [encoded] = await new EncryptionCodec(aKey()).encode([payload]);
    await expect(new EncryptionCodec(aKey()).decode([encoded])).rejects.toThrow(PayloadDecryptionError);
  });

  it('fails loudly on altered data', async () => {
    const key = aKey();
    const [encoded] = await new EncryptionCodec(key).encode([payload]);
    const data = Buffer.from(encoded.data ?? []);
    data[20] ^= 0xff;
    await expect(new EncryptionCodec(key).decode([{ ...encoded, data }])).rejects.toThrow(/failed authentication/);
  });

  it('decrypts with a previous key after rotation', async () => {
    const previous = aKey();
    const [encoded] = await new EncryptionCodec(previous).encode([payload]);
    const [decoded] = await new EncryptionCodec(aKey(), { decryptOnlyKeys: [previous] }).decode([encoded]);
    expect(defaultPayloadConverter.fromPayload(decoded)).toEqual(clear);
  });

  it('refuses a payload it did not encrypt, and logs the reason without the payload', async () => {
    const logged: string[] = [];
    await expect(new EncryptionCodec(aKey(), { log: (line) => logged.push(line) }).decode([payload])).rejects.toThrow(/payload is not encrypted/);
    expect(logged).toEqual(['harbour: refused a Temporal payload (not-encrypted)']);
  });

  it('passes clear payloads through for a decoder that only shows them, and still refuses a foreign key', async () => {
    const viewer = new EncryptionCodec(aKey(), { clearPayloads: 'pass', log: () => undefined });
    const [decoded] = await viewer.decode([payload]);
    expect(decoded).toBe(payload);
    const [foreign] = await new EncryptionCodec(aKey()).encode([payload]);
    await expect(viewer.decode([foreign])).rejects.toThrow(/which this process does not hold/);
  });

  it('on a workflow worker, hands over a refusal mark instead of the payload', async () => {
    const logged: string[] = [];
    const [foreign] = await new EncryptionCodec(aKey()).encode([payload]);
    const codec = new EncryptionCodec(aKey(), { onRefused: 'mark', log: (line) => logged.push(line) });
    const decoded = await codec.decode([payload, foreign]);
    expect(decoded.map((refused) => defaultPayloadConverter.fromPayload(refused))).toEqual([
      { [REFUSED_PAYLOAD_FIELD]: 'not-encrypted' },
      { [REFUSED_PAYLOAD_FIELD]: 'unknown-key' },
    ]);
    expect(logged.join('\n')).not.toMatch(/Popescu|938f2451/);
  });
});
