import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import { JourneyRecord, JourneyRecords, outboxPlugin, OutboxRelay } from '@harbour/messaging';

export const NON_PUNISHMENT_NOTICE_MODEL = 'NonPunishmentNotice';

/** That the prosecution was told of a non-punishment flag; `_id` is the flag id, so each flag is told once. */
export interface NonPunishmentNoticeRecord extends JourneyRecord {
  notifiedAt: Date;
  /** Token subject, or `journey` when the journey's activity told it. */
  notifiedBy: string;
}

export const nonPunishmentNoticeSchema = new Schema<NonPunishmentNoticeRecord>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true, index: true },
    notifiedAt: { type: Date, required: true },
    notifiedBy: { type: String, required: true },
  },
  { collection: 'non_punishment_notices', versionKey: false },
).plugin(outboxPlugin);

@Injectable()
export class NonPunishmentNoticeRepository extends JourneyRecords<NonPunishmentNoticeRecord> {
  constructor(@InjectModel(NON_PUNISHMENT_NOTICE_MODEL) model: Model<NonPunishmentNoticeRecord>, relay: OutboxRelay) {
    super(model, relay);
  }
}
