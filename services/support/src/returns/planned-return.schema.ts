import { Schema } from 'mongoose';
import { outboxPlugin } from '@harbour/messaging';
import { PlannedReturn } from './planned-return';

export const RETURN_MODEL = 'PlannedReturn';

export const plannedReturnSchema = new Schema<PlannedReturn>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
    organisationId: { type: String, required: true },
    toCountry: { type: String, required: true },
    departureDate: { type: Date, required: true },
    plannedAt: { type: Date, required: true },
    plannedBy: { type: String, required: true },
    status: { type: String, enum: ['planned', 'ready'], required: true },
    riskAssessmentReference: String,
    crossBorderReferral: {
      type: new Schema(
        {
          crossBorderReferralId: { type: String, required: true },
          organisationId: { type: String, required: true },
          reasons: { type: [String], required: true },
          summary: {
            language: { type: String, required: true },
            fields: { type: [new Schema({ field: String, label: String, value: String }, { _id: false })], required: true },
          },
          createdAt: { type: Date, required: true },
        },
        { _id: false },
      ),
    },
    readyAt: Date,
  },
  { versionKey: false },
);
plannedReturnSchema.plugin(outboxPlugin);
plannedReturnSchema.index({ organisationId: 1, journeyId: 1 });
