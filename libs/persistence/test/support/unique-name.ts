import { randomUUID } from 'node:crypto';

// Local stand-in until libs/testing exports uniqueName.
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
