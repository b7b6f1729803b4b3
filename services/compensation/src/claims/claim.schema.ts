import { Schema } from 'mongoose';
import { CompensationOutcomes, CompensationSchemes, HeadsOfLoss, SupportingDocumentKinds } from '@harbour/contracts';
import { outboxPlugin } from '@harbour/messaging';
import { Claim } from './claim';
import { ClaimStatuses } from './claim-status';

export const CLAIM_MODEL = 'Claim';

const part = <T>(definition: ConstructorParameters<typeof Schema<T>>[0]) => new Schema<T>(definition, { _id: false });

const crossBorderSchema = part({
  assistingCountry: { type: String, required: true },
  decidingCountry: { type: String, required: true },
  encryptedStandardForm: { type: String, required: true },
  receivedAt: { type: Date, required: true },
  transmittedAt: Date,
  acknowledgedAt: Date,
  estimatedDecisionBy: Date,
  encryptedContactPerson: String,
  chases: [part({ chaseId: { type: String, required: true }, chasedAt: { type: Date, required: true }, key: { type: String, required: true } })],
});

export const claimSchema = new Schema<Claim>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
    scheme: { type: String, enum: CompensationSchemes, required: true },
    crimeDate: { type: Date, required: true },
    crimeCountry: { type: String, required: true },
    perpetratorKnown: { type: Boolean, required: true },
    currency: { type: String, required: true },
    headsOfLoss: [part({ head: { type: String, enum: HeadsOfLoss, required: true }, amount: { type: Number, required: true } })],
    status: { type: String, enum: ClaimStatuses, required: true },
    openedAt: { type: Date, required: true },
    documents: [
      part({
        kind: { type: String, enum: SupportingDocumentKinds, required: true },
        encryptedReference: { type: String, required: true },
        receivedAt: { type: Date, required: true },
        recordedBy: { type: String, required: true },
      }),
    ],
    submittedAt: Date,
    submittedComplete: Boolean,
    decisions: [
      part({
        outcome: { type: String, enum: CompensationOutcomes, required: true },
        amount: { type: Number, required: true },
        decidedAt: { type: Date, required: true },
        appealDeadline: { type: Date, required: true },
      }),
    ],
    payments: [part({ paymentId: { type: String, required: true }, amount: { type: Number, required: true }, paidAt: { type: Date, required: true } })],
    appeals: [part({ appealId: { type: String, required: true }, lodgedAt: { type: Date, required: true } })],
    crossBorder: crossBorderSchema,
    history: [part({ action: { type: String, required: true }, at: { type: Date, required: true }, actor: { type: String, required: true } })],
  },
  { collection: 'claims', versionKey: false },
);
claimSchema.plugin(outboxPlugin);
// A journey's claims, newest first.
claimSchema.index({ journeyId: 1, openedAt: -1 });
