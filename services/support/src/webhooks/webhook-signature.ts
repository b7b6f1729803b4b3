import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers of every webhook Harbour sends. */
export const WebhookHeaders = {
  signature: 'Harbour-Signature',
  deliveryId: 'Harbour-Delivery-Id',
  taskId: 'Harbour-Task-Id',
} as const;

/** How old a signed request may be before a receiver refuses it as a replay. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** `t=<unix seconds>,v1=<hex HMAC-SHA-256 of "<t>.<body>">`: the time is signed with the body, so it cannot be moved. */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

export type WebhookVerification = { ok: true; timestamp: number } | { ok: false; reason: string };

export interface VerifyWebhookInput {
  /** The Harbour-Signature header as received. */
  header: string | undefined;
  /** The raw request body, exactly as received (before any JSON parsing). */
  body: string;
  secret: string;
  toleranceSeconds?: number;
  /** Milliseconds since the epoch; the receiver's clock by default. */
  now?: number;
}

/**
 * For receivers: checks that a webhook comes from Harbour, unaltered and recent. A request older
 * (or further in the future) than the tolerance is refused, so a captured request cannot be
 * replayed later; the comparison takes constant time. Dedupe on Harbour-Task-Id as well: a
 * task may arrive again when an acknowledgement was lost.
 */
export function verifyWebhookSignature({ header, body, secret, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = Date.now() }: VerifyWebhookInput): WebhookVerification {
  const parts = new Map((header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const signature = parts.get('v1');
  if (!Number.isInteger(timestamp) || !signature || !/^[0-9a-f]{64}$/.test(signature)) {
    return { ok: false, reason: `malformed ${WebhookHeaders.signature} header` };
  }
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return { ok: false, reason: 'timestamp outside the tolerance window' };
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return { ok: false, reason: 'signature does not match' };
  return { ok: true, timestamp };
}

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}
