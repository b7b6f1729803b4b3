import { createHash } from 'node:crypto';

/**
 * A UUID derived from a name, so the same scenario produces the same journey, event and report
 * ids on every run and its timelines can be compared. Version 8 (custom) with the RFC variant,
 * which Harbour's journey-id check accepts.
 */
export function uuidFrom(...name: string[]): string {
  const hex = createHash('sha256').update(name.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
