import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import { ReferralBasisRecording, ReferralBasisRecordings } from './referral-basis';

export const REFERRAL_BASIS_MODEL = 'ReferralBasis';

/** The latest recording for one journey; a new one (e.g. consent withdrawn) replaces it. */
export interface ReferralBasisRecord {
  _id: string;
  basis: ReferralBasisRecording;
  recordedAt: Date;
  /** Token subject of who recorded it, never a name. */
  recordedBy: string;
}

export const referralBasisSchema = new Schema<ReferralBasisRecord>(
  {
    _id: { type: String, required: true },
    basis: { type: String, enum: ReferralBasisRecordings, required: true },
    recordedAt: { type: Date, required: true },
    recordedBy: { type: String, required: true },
  },
  { versionKey: false },
);

@Injectable()
export class ReferralBasisRepository {
  constructor(@InjectModel(REFERRAL_BASIS_MODEL) private readonly records: Model<ReferralBasisRecord>) {}

  async record(journeyId: string, basis: ReferralBasisRecording, recordedBy: string, recordedAt = new Date()): Promise<ReferralBasisRecord> {
    const record = { _id: journeyId, basis, recordedAt, recordedBy };
    await this.records.replaceOne({ _id: journeyId }, record, { upsert: true });
    return record;
  }

  async recordedFor(journeyId: string): Promise<ReferralBasisRecording | undefined> {
    return (await this.records.findById(journeyId).lean<ReferralBasisRecord>())?.basis;
  }
}
