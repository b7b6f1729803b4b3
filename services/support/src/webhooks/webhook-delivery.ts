import { randomUUID } from 'node:crypto';
import { Referral } from '../referrals/referral';
import { toTaskView } from '../tasks/task.view';
import { retryDelayMs, RetrySchedule } from './retry-schedule';

export const DeliveryStatuses = ['pending', 'delivered', 'dead'] as const;
export type DeliveryStatus = (typeof DeliveryStatuses)[number];

/**
 * One task on its way to one organisation's webhook: a durable queue entry. The body is fixed
 * when the task is handed off, so every try (and every redelivery) sends the same bytes with
 * the same task id, which receivers dedupe on.
 */
export interface WebhookDelivery {
  _id: string;
  organisationId: string;
  /** The referral id: stable across tries and redeliveries. */
  taskId: string;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  createdAt: Date;
  deliveredAt?: Date;
  deadAt?: Date;
  /** Why the last try failed, as a class (`HTTP 5xx`, `timeout`, `network error`, `address refused`, `no webhook`): never the network error or a response body. */
  lastError?: string;
}

/** What the receiver gets: the task as the inbox shows it, and nothing more. */
export function deliveryOf(referral: Referral, at: Date): WebhookDelivery {
  const deliveryId = randomUUID();
  const body = JSON.stringify({ deliveryId, type: 'task.offered', taskId: referral._id, organisationId: referral.organisationId, task: toTaskView(referral) });
  return { _id: deliveryId, organisationId: referral.organisationId, taskId: referral._id, body, status: 'pending', attempts: 0, nextAttemptAt: at, createdAt: at };
}

export type AttemptOutcome = { ok: true } | { ok: false; error: string };

export type DeliveryUpdate = Pick<WebhookDelivery, 'status' | 'attempts' | 'nextAttemptAt'> & Partial<Pick<WebhookDelivery, 'deliveredAt' | 'deadAt' | 'lastError'>>;

/** Where one try leaves the delivery: delivered, due again after a back-off, or dead after the last try. */
export function afterAttempt(delivery: Pick<WebhookDelivery, 'attempts'>, outcome: AttemptOutcome, at: Date, schedule: RetrySchedule, random?: () => number): DeliveryUpdate {
  const attempts = delivery.attempts + 1;
  if (outcome.ok) return { status: 'delivered', attempts, nextAttemptAt: at, deliveredAt: at };
  const wait = retryDelayMs(attempts, schedule, random);
  if (wait === undefined) return { status: 'dead', attempts, nextAttemptAt: at, deadAt: at, lastError: outcome.error };
  return { status: 'pending', attempts, nextAttemptAt: new Date(at.getTime() + wait), lastError: outcome.error };
}
