import { randomBytes } from 'node:crypto';

/**
 * A name no parallel test run shares, for topics, consumer groups, databases and task queues.
 * Only lower-case letters, digits and '-' are added, which every one of them accepts.
 */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}
