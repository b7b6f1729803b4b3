import { Schema } from 'mongoose';

export const JOURNEY_LINK_MODEL = 'JourneyLink';

/**
 * Joins every report about the same victim into one journey without keeping the victim's
 * reference in clear: the key is a keyed hash of the reporting organisation and its reference.
 */
export interface JourneyLinkRecord {
  _id: string;
  journeyId: string;
}

export const JourneyLinkSchema = new Schema<JourneyLinkRecord>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
  },
  { collection: 'journey_links', versionKey: false },
);
