import { Schema } from 'mongoose';
import { ScreeningRecommendation, ScreeningRecommendations } from '@harbour/contracts';
import { outboxPlugin, WithOutbox } from '@harbour/messaging';
import { ScreeningResult } from './score-screening';

export const SCREENING_MODEL = 'Screening';

/** A completed screening. What the first responder wrote in words is personal: stored encrypted under the journey's key. */
export interface ScreeningRecord extends WithOutbox {
  _id: string;
  journeyId: string;
  checklistVersion: string;
  indicatorIds: string[];
  recommendation: ScreeningRecommendation;
  flags: ScreeningResult['flags'];
  reasons: string[];
  encryptedObservations?: string;
  completedAt: Date;
  /** Token subject of the first responder. */
  recordedBy: string;
  /** Their organisation (see partyOf): only it reads the screening back. */
  recordedByParty: string;
}

export const screeningSchema = new Schema<ScreeningRecord>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true, index: true },
    checklistVersion: { type: String, required: true },
    indicatorIds: { type: [String], required: true },
    recommendation: { type: String, enum: ScreeningRecommendations, required: true },
    flags: { type: [{ _id: false, category: String, indicatorIds: [String] }], required: true },
    reasons: { type: [String], required: true },
    encryptedObservations: { type: String },
    completedAt: { type: Date, required: true },
    recordedBy: { type: String, required: true },
    recordedByParty: { type: String, required: true },
  },
  { collection: 'screenings', versionKey: false },
).plugin(outboxPlugin);
