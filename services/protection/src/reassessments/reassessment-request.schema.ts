import { Schema } from 'mongoose';
import { ReassessmentReasons } from '@harbour/contracts';
import { outboxPlugin } from '@harbour/messaging';
import { ReassessmentRequest } from './reassessment-request';

export const REASSESSMENT_REQUEST_MODEL = 'ReassessmentRequest';

export const reassessmentRequestSchema = new Schema<ReassessmentRequest>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
    reason: { type: String, enum: ReassessmentReasons, required: true },
    urgent: { type: Boolean, required: true },
    requestedAt: { type: Date, required: true },
    requestedBy: { type: String, required: true },
    breach: { type: new Schema({ orderId: { type: String, required: true }, breachId: { type: String, required: true } }, { _id: false }) },
  },
  { collection: 'reassessment_requests', versionKey: false },
);
reassessmentRequestSchema.plugin(outboxPlugin);
reassessmentRequestSchema.index({ journeyId: 1, requestedAt: 1 });
