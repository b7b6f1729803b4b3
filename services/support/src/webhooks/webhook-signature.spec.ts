import { signWebhook, verifyWebhookSignature } from './webhook-signature';

describe(verifyWebhookSignature.name, () => {
  const secret = 'whsec-0123456789abcdef0123456789abcdef';
  const body = JSON.stringify({ taskId: '0b7e3c52-4a1d-4f6e-9c8b-2e4a6c8e0f12' });
  const sentAt = 1_780_000_000;
  const header = signWebhook(secret, body, sentAt);
  const at = (seconds: number) => seconds * 1000;

  it('accepts what Harbour signed, within the tolerance', () => {
    expect(header).toMatch(/^t=1780000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature({ header, body, secret, now: at(sentAt + 299) })).toEqual({ ok: true, timestamp: sentAt });
  });

  it('refuses a replay once the timestamp is older than the tolerance', () => {
    expect(verifyWebhookSignature({ header, body, secret, now: at(sentAt + 301) })).toEqual({ ok: false, reason: 'timestamp outside the tolerance window' });
    expect(verifyWebhookSignature({ header, body, secret, toleranceSeconds: 30, now: at(sentAt + 31) }).ok).toBe(false);
  });

  it('refuses a tampered body, a moved timestamp and another secret', () => {
    const now = at(sentAt + 1);
    expect(verifyWebhookSignature({ header, body: body.replace('0b7e', '1b7e'), secret, now })).toEqual({ ok: false, reason: 'signature does not match' });
    expect(verifyWebhookSignature({ header: header.replace(`t=${sentAt}`, `t=${sentAt + 1}`), body, secret, now }).ok).toBe(false);
    expect(verifyWebhookSignature({ header, body, secret: `${secret}x`, now }).ok).toBe(false);
  });

  it('refuses a missing or malformed header, saying so', () => {
    for (const malformed of [undefined, '', 't=abc,v1=00', `t=${sentAt}`, `t=${sentAt},v1=xyz`]) {
      expect(verifyWebhookSignature({ header: malformed, body, secret, now: at(sentAt) })).toEqual({ ok: false, reason: 'malformed Harbour-Signature header' });
    }
  });
});
