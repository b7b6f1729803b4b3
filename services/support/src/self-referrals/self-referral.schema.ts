import { Schema } from 'mongoose';
import { outboxPlugin } from '@harbour/messaging';
import { SelfReferral } from './self-referral';

export const SELF_REFERRAL_MODEL = 'SelfReferral';

export const selfReferralSchema = new Schema<SelfReferral>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
    organisationId: { type: String, required: true },
    channel: { type: String, required: true },
    country: { type: String, required: true },
    region: String,
    language: String,
    specialism: String,
    receivedAt: { type: Date, required: true },
    receivedBy: { type: String, required: true },
  },
  { versionKey: false },
);
selfReferralSchema.plugin(outboxPlugin);
selfReferralSchema.index({ organisationId: 1, receivedAt: -1 });
