import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import { EncryptionCodec, loadPayloadKey, payloadKeyFrom, temporalSettings } from '@harbour/temporal';
import { defaultPayloadConverter } from '@temporalio/common';
import { randomBytes } from 'node:crypto';
import { CONSOLE_SESSION } from '../src/console/console-session';
import { analyst, http, startOperationsService, stopOperationsService } from './support/operations-testbed';

const TEMPORAL_UI = 'http://127.0.0.1:8233';
const base64 = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('base64');

describe('operations: the codec server the Temporal UI reads journeys through', () => {
  let app: NestExpressApplication;
  const be = analyst('BE');
  const state = { journeyId: '7d0c6f2e-4a51-4a36-9d8e-1a2b3c4d5e6f', stage: 'referred' };

  /** A payload as the journey's history holds it: encrypted with the platform's payload key. */
  async function encryptedPayloads() {
    const [encrypted] = await new EncryptionCodec(loadPayloadKey(temporalSettings())).encode([defaultPayloadConverter.toPayload(state)]);
    return [{ metadata: Object.fromEntries(Object.entries(encrypted.metadata ?? {}).map(([key, value]) => [key, base64(value)])), data: base64(encrypted.data) }];
  }
  const decodedValue = (payload: { metadata: Record<string, string>; data: string }) =>
    defaultPayloadConverter.fromPayload({
      metadata: Object.fromEntries(Object.entries(payload.metadata).map(([key, value]) => [key, Buffer.from(value, 'base64')])),
      data: Buffer.from(payload.data, 'base64'),
    });

  beforeAll(async () => {
    app = await startOperationsService();
  });
  afterAll(() => stopOperationsService(app));

  it('decodes for an analyst with a bearer token or the console session, and audits each call without its content', async () => {
    const payloads = await encryptedPayloads();
    const withBearer = await http(app).post('/console/codec/decode').auth(be, { type: 'bearer' }).set('X-Namespace', 'harbour').send({ payloads }).expect(200);
    expect(decodedValue(withBearer.body.payloads[0])).toEqual(state);
    expect(withBearer.headers['cache-control']).toBe('no-store');

    const withSession = await http(app).post('/console/codec/harbour/decode').set('Cookie', `${CONSOLE_SESSION.cookieName}=${encodeURIComponent(be)}`).set('Origin', TEMPORAL_UI).send({ payloads }).expect(200);
    expect(decodedValue(withSession.body.payloads[0])).toEqual(state);
    expect(withSession.headers['access-control-allow-origin']).toBe(TEMPORAL_UI);
    expect(withSession.headers['access-control-allow-credentials']).toBe('true');

    // A payload Temporal keeps in clear (a header, a marker) comes back as it was.
    const clear = defaultPayloadConverter.toPayload({ marker: 'patched' });
    const clearJson = { metadata: Object.fromEntries(Object.entries(clear.metadata ?? {}).map(([key, value]) => [key, base64(value)])), data: base64(clear.data) };
    const passed = await http(app).post('/console/codec/decode').auth(be, { type: 'bearer' }).send({ payloads: [clearJson] }).expect(200);
    expect(passed.body.payloads).toEqual([clearJson]);

    const audit = await app.get<Connection>(getConnectionToken()).collection('audit_log').find({ resource: 'temporal-namespace/harbour', actor: 'test-analyst-BE' }).toArray();
    expect(audit.map((entry) => entry.action)).toEqual(['temporal-payloads.decoded:1', 'temporal-payloads.decoded:1', 'temporal-payloads.decoded:1']);
  });

  it('lets the Temporal UI alone call it across origins', async () => {
    const preflight = await http(app).options('/console/codec/decode').set('Origin', TEMPORAL_UI).set('Access-Control-Request-Method', 'POST').expect(204);
    expect(preflight.headers).toMatchObject({ 'access-control-allow-origin': TEMPORAL_UI, 'access-control-allow-credentials': 'true', 'access-control-allow-methods': 'POST' });
    const foreign = await http(app).options('/console/codec/decode').set('Origin', 'https://elsewhere.example').set('Access-Control-Request-Method', 'POST').expect(204);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses callers who are not analysts, payloads it did not encrypt and malformed bodies, with the reason', async () => {
    const payloads = await encryptedPayloads();
    await http(app).post('/console/codec/decode').send({ payloads }).expect(401);
    await http(app).post('/console/codec/decode').auth(analyst('BE', 'first-responder'), { type: 'bearer' }).send({ payloads }).expect(401);
    const [foreign] = await new EncryptionCodec(payloadKeyFrom(randomBytes(32))).encode([defaultPayloadConverter.toPayload(state)]);
    const refused = await http(app)
      .post('/console/codec/decode')
      .auth(be, { type: 'bearer' })
      .send({ payloads: [{ metadata: Object.fromEntries(Object.entries(foreign.metadata ?? {}).map(([key, value]) => [key, base64(value)])), data: base64(foreign.data) }] })
      .expect(400);
    expect(refused.body.message).toMatch(/which this process does not hold/);
    const malformed = await http(app).post('/console/codec/decode').auth(be, { type: 'bearer' }).send({ payloads: 'all of them' }).expect(400);
    expect(malformed.body.message).toContain('payloads must be an array');
  });
});
