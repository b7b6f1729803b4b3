import { Schema } from 'mongoose';
import { DeliveryStatuses, WebhookDelivery } from './webhook-delivery';

export const WEBHOOK_DELIVERY_MODEL = 'WebhookDelivery';

export const webhookDeliverySchema = new Schema<WebhookDelivery>(
  {
    _id: { type: String, required: true },
    organisationId: { type: String, required: true },
    taskId: { type: String, required: true },
    body: { type: String, required: true },
    status: { type: String, enum: DeliveryStatuses, required: true },
    attempts: { type: Number, required: true, min: 0 },
    nextAttemptAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    deliveredAt: Date,
    deadAt: Date,
    lastError: String,
  },
  { versionKey: false },
);
// One delivery per task per organisation, however often the hand-off runs.
webhookDeliverySchema.index({ organisationId: 1, taskId: 1 }, { unique: true });
// The worker's queue: pending deliveries by due time.
webhookDeliverySchema.index({ status: 1, nextAttemptAt: 1 });
