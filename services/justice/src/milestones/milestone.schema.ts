import { Schema } from 'mongoose';
import { ProceedingMilestones } from '@harbour/contracts';
import { outboxPlugin } from '@harbour/messaging';
import { NotificationChannels } from '../justice-vocabulary';
import { Milestone, NotificationStatuses } from './milestone';

export const MILESTONE_MODEL = 'Milestone';

export const milestoneSchema = new Schema<Milestone>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
    messageId: { type: String, required: true },
    milestone: { type: String, enum: ProceedingMilestones, required: true },
    occurredAt: { type: Date, required: true },
    encryptedCaseReference: { type: String, required: true },
    trial: {
      type: new Schema({ scheduledFor: { type: Date, required: true }, encryptedPlace: { type: String, required: true }, timeZone: { type: String, required: true } }, { _id: false }),
      required: false,
    },
    recordedAt: { type: Date, required: true },
    receivedVia: { type: String, enum: ['kafka', 'http'], required: true },
    receivedBy: { type: String, required: true },
    notification: {
      status: { type: String, enum: NotificationStatuses, required: true },
      priority: { type: Number, enum: [0, 1], required: true },
      attempts: { type: Number, required: true, min: 0 },
      nextAttemptAt: { type: Date, required: true },
      lastAttemptAt: Date,
      lastError: String,
      receipt: {
        type: new Schema(
          {
            channel: { type: String, enum: NotificationChannels, required: true },
            language: { type: String, required: true },
            providerMessageId: { type: String, required: true },
            providerResponse: { type: String, required: true },
            deliveredAt: { type: Date, required: true },
          },
          { _id: false },
        ),
        required: false,
      },
      queued: {
        type: new Schema(
          {
            channel: { type: String, enum: NotificationChannels, required: true },
            language: { type: String, required: true },
            providerMessageId: { type: String, required: true },
            queuedAt: { type: Date, required: true },
          },
          { _id: false },
        ),
        required: false,
      },
    },
  },
  { collection: 'milestones', versionKey: false },
);
milestoneSchema.plugin(outboxPlugin);
// A national system's message sent again (redelivery, replayed export) collides with the first.
milestoneSchema.index({ messageId: 1 }, { unique: true });
milestoneSchema.index({ journeyId: 1, milestone: 1 });
// The dispatcher's queue: pending notifications, release and escape first, oldest first.
milestoneSchema.index({ 'notification.status': 1, 'notification.priority': 1, recordedAt: 1 });
