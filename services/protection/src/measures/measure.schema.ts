import { Schema } from 'mongoose';
import { EpoRecognitionDecisions, EpoRefusalReasons, ProtectionMeasureKinds, RevocationReasons, ServedCountries } from '@harbour/contracts';
import { outboxPlugin } from '@harbour/messaging';
import { Breach, EpoDetails, Measure, Reminder, RenewalDecision } from './measure';
import { MeasureStatuses } from './measure-status';

export const MEASURE_MODEL = 'Measure';

const renewalSchema = new Schema<RenewalDecision>(
  { renewed: { type: Boolean, required: true }, endsAt: Date, decidedAt: { type: Date, required: true }, decidedBy: { type: String, required: true } },
  { _id: false },
);

const breachSchema = new Schema<Breach>(
  {
    breachId: { type: String, required: true },
    reportedAt: { type: Date, required: true },
    reportedBy: { type: String, required: true },
    inExecutingState: { type: Boolean, required: true },
    reassessmentRequestId: { type: String, required: true },
  },
  { _id: false },
);

const reminderSchema = new Schema<Reminder>({ dueAt: { type: Date, required: true }, remindedAt: { type: Date, required: true } }, { _id: false });

const epoSchema = new Schema<EpoDetails>(
  {
    executingCountry: { type: String, enum: ServedCountries, required: true },
    underlyingOrderId: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    recognition: {
      type: new Schema(
        {
          decision: { type: String, enum: EpoRecognitionDecisions, required: true },
          refusalReason: { type: String, enum: EpoRefusalReasons },
          recognisedAt: { type: Date, required: true },
          recordedBy: { type: String, required: true },
        },
        { _id: false },
      ),
    },
  },
  { _id: false },
);

export const measureSchema = new Schema<Measure>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
    kind: { type: String, enum: ProtectionMeasureKinds, required: true },
    status: { type: String, enum: MeasureStatuses, required: true },
    revision: { type: Number, required: true },
    startsAt: { type: Date, required: true },
    endsAt: Date,
    takenAt: { type: Date, required: true },
    takenBy: { type: String, required: true },
    renewals: { type: [renewalSchema], default: [] },
    breaches: { type: [breachSchema], default: [] },
    reminders: { type: [reminderSchema], default: [] },
    revocation: {
      type: new Schema(
        { reason: { type: String, enum: RevocationReasons, required: true }, revokedAt: { type: Date, required: true }, revokedBy: { type: String, required: true } },
        { _id: false },
      ),
    },
    expiredAt: Date,
    epo: { type: epoSchema },
  },
  { collection: 'measures', versionKey: false },
);
measureSchema.plugin(outboxPlugin);
// A journey's measures, the latest first.
measureSchema.index({ journeyId: 1, takenAt: -1 });
// The service's own expiry: measures in force whose end has come.
measureSchema.index({ status: 1, endsAt: 1 });
