import { Schema } from 'mongoose';
import { NonPunishmentOffenceCategories, NonPunishmentOffenceCategory } from '@harbour/contracts';
import { outboxPlugin, WithOutbox } from '@harbour/messaging';

export const NON_PUNISHMENT_FLAG_MODEL = 'NonPunishmentFlag';

/** The person is a presumed victim and also a suspect: the prosecution must be told (ATD Art 8). */
export interface NonPunishmentFlag extends WithOutbox {
  _id: string;
  journeyId: string;
  flaggedAt: Date;
  flaggedBy: string;
  offenceCategory?: NonPunishmentOffenceCategory;
}

export const nonPunishmentFlagSchema = new Schema<NonPunishmentFlag>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true, index: true },
    flaggedAt: { type: Date, required: true },
    flaggedBy: { type: String, required: true },
    offenceCategory: { type: String, enum: NonPunishmentOffenceCategories },
  },
  { collection: 'non_punishment_flags', versionKey: false },
).plugin(outboxPlugin);
