import { Schema } from 'mongoose';
import { IdentityAttributeKind, IdentityAttributeKinds } from '@harbour/contracts';
import { outboxPlugin, WithOutbox } from '@harbour/messaging';

export const IDENTITY_RECORD_MODEL = 'IdentityRecord';
export const POSSIBLE_DUPLICATE_MODEL = 'PossibleDuplicate';

/** Identity attributes of a journey: encrypted, and findable across journeys only by their keyed-hash match keys. */
export interface IdentityRecord {
  _id: string;
  journeyId: string;
  matchKeys: string[];
  encryptedAttributes: string;
  recordedAt: Date;
  recordedBy: string;
}

export const PossibleDuplicateStatuses = ['open', 'merged', 'rejected'] as const;
export type PossibleDuplicateStatus = (typeof PossibleDuplicateStatuses)[number];

export interface DuplicateReview {
  reviewedAt: Date;
  reviewedBy: string;
  mergeId?: string;
  mergedJourneyId?: string;
  survivingJourneyId?: string;
}

/** Two journeys whose identity attributes match: a review item holding pseudonymous ids and attribute kinds only. */
export interface PossibleDuplicate extends WithOutbox {
  _id: string;
  /** The journey whose new record matched. */
  journeyId: string;
  otherJourneyId: string;
  /** Both journey ids in order, so that one pair is raised once. */
  pairKey: string;
  matchedOn: IdentityAttributeKind[];
  status: PossibleDuplicateStatus;
  raisedAt: Date;
  review?: DuplicateReview;
}

export const identityRecordSchema = new Schema<IdentityRecord>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true, index: true },
    matchKeys: { type: [String], required: true, index: true },
    encryptedAttributes: { type: String, required: true },
    recordedAt: { type: Date, required: true },
    recordedBy: { type: String, required: true },
  },
  { collection: 'identity_records', versionKey: false },
);

export const possibleDuplicateSchema = new Schema<PossibleDuplicate>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
    otherJourneyId: { type: String, required: true },
    pairKey: { type: String, required: true },
    matchedOn: { type: [String], enum: IdentityAttributeKinds, required: true },
    status: { type: String, enum: PossibleDuplicateStatuses, required: true },
    raisedAt: { type: Date, required: true },
    review: {
      type: new Schema<DuplicateReview>(
        { reviewedAt: Date, reviewedBy: String, mergeId: String, mergedJourneyId: String, survivingJourneyId: String },
        { _id: false },
      ),
    },
  },
  { collection: 'possible_duplicates', versionKey: false },
).plugin(outboxPlugin);
possibleDuplicateSchema.index({ pairKey: 1 }, { unique: true });
possibleDuplicateSchema.index({ status: 1, raisedAt: 1 });
