import { createHash } from 'node:crypto';

/**
 * A stable record id for a client's idempotency key (UUID layout, version 8 = custom): a
 * retried request names the same record, so a unique-id insert finds the first one.
 */
export function idempotentId(caller: string, idempotencyKey: string): string {
  const hex = createHash('sha256').update(`${caller}\u0000${idempotencyKey}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
