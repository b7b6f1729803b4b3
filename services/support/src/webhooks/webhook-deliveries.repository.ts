import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, trusted } from 'mongoose';
import { ScopedRepository } from '@harbour/persistence';
import { Page, PageQueryDto, readPage } from '../paging/page';
import { DeliveryStatus, DeliveryUpdate, WebhookDelivery } from './webhook-delivery';
import { WEBHOOK_DELIVERY_MODEL } from './webhook-delivery.schema';

const DUPLICATE_KEY = 11000;

/**
 * The durable queue of webhook deliveries, scoped by organisation for everything an
 * organisation may see or ask for. Only the delivery worker reads across organisations.
 */
@Injectable()
export class WebhookDeliveriesRepository extends ScopedRepository<WebhookDelivery, 'organisationId'> implements OnModuleInit {
  constructor(@InjectModel(WEBHOOK_DELIVERY_MODEL) model: Model<WebhookDelivery>) {
    super(model, 'organisationId');
  }

  /** The unique (organisation, task) index must exist before the first hand-off relies on it. */
  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** Queues a delivery; a task already queued for the organisation stays as it is. */
  async enqueue(delivery: WebhookDelivery): Promise<void> {
    try {
      await this.create(delivery.organisationId, delivery);
    } catch (error) {
      if ((error as { code?: unknown }).code !== DUPLICATE_KEY) throw error;
    }
  }

  /**
   * Takes the most overdue pending delivery for one try. Moving its due time past the lease
   * is the lock: no other worker takes it while this one tries, and a worker that dies during
   * the try leaves it due again once the lease is over.
   */
  claimDue(now: Date, leaseMs: number): Promise<WebhookDelivery | null> {
    return this.model
      .findOneAndUpdate(
        { status: 'pending', nextAttemptAt: trusted({ $lte: now }) },
        { $set: { nextAttemptAt: new Date(now.getTime() + leaseMs) } },
        { sort: { nextAttemptAt: 1 }, new: true },
      )
      .lean<WebhookDelivery>();
  }

  /** Records a try's outcome unless the delivery changed meanwhile (e.g. redelivered). */
  async recordAttempt(delivery: WebhookDelivery, update: DeliveryUpdate): Promise<void> {
    const { lastError, ...fields } = update;
    await this.updateOne(
      delivery.organisationId,
      { _id: delivery._id, status: 'pending', attempts: delivery.attempts },
      lastError === undefined ? { $set: fields } : { $set: { ...fields, lastError } },
    );
  }

  /** One page of deliveries, of one organisation when given (always for an organisation's own callers). */
  list(query: PageQueryDto & { status?: DeliveryStatus; organisationId?: string }): Promise<Page<WebhookDelivery>> {
    const filter: FilterQuery<WebhookDelivery> = {};
    if (query.status) filter.status = query.status;
    if (query.organisationId) filter.organisationId = query.organisationId;
    return readPage(this.model, filter, { createdAt: -1, _id: 1 }, query, (delivery) => delivery);
  }

  /** Queues the delivery again from its first try, now; null when the organisation has no such delivery. */
  async redeliver(organisationId: string, deliveryId: string, now: Date): Promise<WebhookDelivery | null> {
    const { matched } = await this.updateOne(
      organisationId,
      { _id: deliveryId },
      { $set: { status: 'pending', attempts: 0, nextAttemptAt: now }, $unset: { deadAt: '', deliveredAt: '' } },
    );
    return matched === 0 ? null : this.findOne(organisationId, { _id: deliveryId });
  }

  /** The organisation a delivery belongs to, for callers who may act across organisations. */
  async ownerOf(deliveryId: string): Promise<string | undefined> {
    return (await this.model.findById(deliveryId, { organisationId: 1 }).lean<WebhookDelivery>())?.organisationId;
  }
}
