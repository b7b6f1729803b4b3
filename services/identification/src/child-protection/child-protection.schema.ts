import { Schema } from 'mongoose';
import { AgeUncertaintyReason, AgeUncertaintyReasons } from '@harbour/contracts';
import { outboxPlugin, WithOutbox } from '@harbour/messaging';

export const AGE_UNCERTAINTY_MODEL = 'AgeUncertainty';
export const GUARDIAN_REQUEST_MODEL = 'GuardianRequest';

/** The person's age is uncertain and they are presumed a child (CETS 197 Art 10(3)); one record per journey. */
export interface AgeUncertaintyRecord extends WithOutbox {
  _id: string;
  journeyId: string;
  assessmentReason: AgeUncertaintyReason;
  recordedAt: Date;
  recordedBy: string;
}

export const GuardianRequestStatuses = ['requested', 'appointed'] as const;
export type GuardianRequestStatus = (typeof GuardianRequestStatuses)[number];

export interface GuardianAppointment {
  guardianAppointmentId: string;
  appointedAt: Date;
  appointedBy: string;
  /** Who the guardian is: personal, encrypted under the journey's key, never published. */
  encryptedGuardian: string;
}

export interface GuardianRequest extends WithOutbox {
  _id: string;
  journeyId: string;
  status: GuardianRequestStatus;
  requestedAt: Date;
  requestedBy: string;
  appointment?: GuardianAppointment;
}

export const ageUncertaintySchema = new Schema<AgeUncertaintyRecord>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
    assessmentReason: { type: String, enum: AgeUncertaintyReasons, required: true },
    recordedAt: { type: Date, required: true },
    recordedBy: { type: String, required: true },
  },
  { collection: 'age_uncertainty', versionKey: false },
).plugin(outboxPlugin);
// The presumption is made once per journey; a second record would restart the journey's clock.
ageUncertaintySchema.index({ journeyId: 1 }, { unique: true });

export const guardianRequestSchema = new Schema<GuardianRequest>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true, index: true },
    status: { type: String, enum: GuardianRequestStatuses, required: true },
    requestedAt: { type: Date, required: true },
    requestedBy: { type: String, required: true },
    appointment: {
      type: new Schema<GuardianAppointment>(
        {
          guardianAppointmentId: { type: String, required: true },
          appointedAt: { type: Date, required: true },
          appointedBy: { type: String, required: true },
          encryptedGuardian: { type: String, required: true },
        },
        { _id: false },
      ),
    },
  },
  { collection: 'guardian_requests', versionKey: false },
).plugin(outboxPlugin);
