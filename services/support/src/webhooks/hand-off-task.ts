import { Injectable } from '@nestjs/common';
import { DirectoryRepository } from '../directory/directory.repository';
import { Referral } from '../referrals/referral';
import { deliveryOf } from './webhook-delivery';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { WebhookDeliveryWorker } from './webhook-delivery-worker';

/**
 * Queues an offered task for the organisation's webhook when it chose webhooks (the inbox
 * shows every task anyway). Idempotent: a task is queued once per organisation.
 */
@Injectable()
export class HandOffTask {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly worker: WebhookDeliveryWorker,
  ) {}

  async execute(referral: Referral): Promise<void> {
    const organisation = await this.directory.find(referral.organisationId);
    if (organisation?.taskChannel !== 'webhook') return;
    await this.deliveries.enqueue(deliveryOf(referral, new Date()));
    this.worker.nudge();
  }
}
