import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SupportConfig } from '../support-config';
import { TaskChannels, WebhookTarget } from './task-channels';
import { afterAttempt, AttemptOutcome, WebhookDelivery } from './webhook-delivery';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { signWebhook, WebhookHeaders } from './webhook-signature';
import { postWebhook } from './webhook-post';

/**
 * Deliveries tried at the same time, so one slow receiver does not hold up the others. They are
 * claimed one after the other, so no two claims race for the same delivery.
 */
const CONCURRENCY = 4;

/**
 * Works the webhook delivery queue for as long as the application runs: takes due deliveries,
 * signs and posts each to its own organisation's current webhook URL, and records the outcome
 * (delivered, due again after a back-off, or dead after the last try).
 */
@Injectable()
export class WebhookDeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WebhookDeliveryWorker.name);
  private running?: Promise<void>;
  private stopped = false;
  private wake?: () => void;

  constructor(
    private readonly config: SupportConfig,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly channels: TaskChannels,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.running = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  /** A delivery was queued or redelivered: look now rather than at the next poll. */
  nudge(): void {
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        const claimed = await this.claimBatch();
        await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
        if (claimed.length > 0) continue;
      } catch (error) {
        this.logger.error(`webhook delivery failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      await this.idle();
    }
  }

  private async claimBatch(): Promise<WebhookDelivery[]> {
    const claimed: WebhookDelivery[] = [];
    while (claimed.length < CONCURRENCY) {
      const delivery = await this.deliveries.claimDue(new Date(), this.timeoutMs * 2);
      if (!delivery) break;
      claimed.push(delivery);
    }
    return claimed;
  }

  private async attempt(delivery: WebhookDelivery): Promise<void> {
    const target = await this.channels.webhookOf(delivery.organisationId);
    const outcome: AttemptOutcome = target ? await this.post(target, delivery) : { ok: false, error: 'no webhook' };
    const update = afterAttempt(delivery, outcome, new Date(), this.config.webhookRetrySchedule);
    await this.deliveries.recordAttempt(delivery, update);
    if (update.status === 'dead') this.logger.warn(`webhook delivery ${delivery._id} to ${delivery.organisationId} is dead after ${update.attempts} tries`);
  }

  private async post(target: WebhookTarget, delivery: WebhookDelivery): Promise<AttemptOutcome> {
    const headers = {
      'Content-Type': 'application/json',
      [WebhookHeaders.signature]: signWebhook(target.secret, delivery.body, Math.floor(Date.now() / 1000)),
      [WebhookHeaders.deliveryId]: delivery._id,
      [WebhookHeaders.taskId]: delivery.taskId,
    };
    const result = await postWebhook(target.url, headers, delivery.body, this.timeoutMs, this.config.webhookAddressPolicy);
    if (result.ok) return result;
    // The detail stays in the service's log; the tenant sees the class of the outcome.
    this.logger.warn(`webhook delivery ${delivery._id} to ${delivery.organisationId} failed: ${result.detail}`);
    return { ok: false, error: result.outcome };
  }

  private get timeoutMs(): number {
    return this.config.SUPPORT_WEBHOOK_TIMEOUT_MS ?? 10_000;
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.config.SUPPORT_WEBHOOK_POLL_MS ?? 1000);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
