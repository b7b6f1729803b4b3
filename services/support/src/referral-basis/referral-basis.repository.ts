import { ConflictException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import { ReferralBasisRecording, ReferralBasisRecordings } from './referral-basis';

export const REFERRAL_BASIS_MODEL = 'ReferralBasis';

const DUPLICATE_KEY = 11000;

/** One recording: the basis (or objection), when, by whom and in which part of the journey. */
export interface ReferralBasisVersion {
  basis: ReferralBasisRecording;
  recordedAt: Date;
  /** Token subject of who recorded it, never a name. */
  recordedBy: string;
  /** The recorder's part in the journey, e.g. `reported by be-police-antwerp`. */
  recordedAs: string;
}

/** The latest recording for one journey, and every one it replaced (e.g. consent withdrawn), oldest first. */
export interface ReferralBasisRecord extends ReferralBasisVersion {
  _id: string;
  history?: Array<ReferralBasisVersion & { replacedAt: Date; replacedBy: string }>;
}

export const referralBasisSchema = new Schema<ReferralBasisRecord>(
  {
    _id: { type: String, required: true },
    basis: { type: String, enum: ReferralBasisRecordings, required: true },
    recordedAt: { type: Date, required: true },
    recordedBy: { type: String, required: true },
    recordedAs: { type: String },
    history: { type: [Schema.Types.Mixed], default: undefined },
  },
  { versionKey: false },
);

@Injectable()
export class ReferralBasisRepository {
  constructor(@InjectModel(REFERRAL_BASIS_MODEL) private readonly records: Model<ReferralBasisRecord>) {}

  /**
   * Records the journey's basis, keeping the one it replaces in the history. Answers the
   * replaced version, or null for the first. A change made meanwhile is refused, not overwritten.
   */
  async record(journeyId: string, version: ReferralBasisVersion): Promise<ReferralBasisVersion | null> {
    const previous = await this.records.findById(journeyId, { history: 0 }).lean<ReferralBasisRecord>();
    const conflict = () => new ConflictException('the referral basis was changed meanwhile; read it again before changing it');
    if (!previous) {
      try {
        await this.records.create({ _id: journeyId, ...version });
      } catch (error) {
        if ((error as { code?: unknown }).code === DUPLICATE_KEY) throw conflict();
        throw error;
      }
      return null;
    }
    const replaced = versionOf(previous);
    const { matchedCount } = await this.records.updateOne(
      { _id: journeyId, recordedAt: previous.recordedAt },
      { $set: version, $push: { history: { ...replaced, replacedAt: version.recordedAt, replacedBy: version.recordedBy } } },
    );
    if (matchedCount !== 1) throw conflict();
    return replaced;
  }

  async recordedFor(journeyId: string): Promise<ReferralBasisRecording | undefined> {
    return (await this.records.findById(journeyId).lean<ReferralBasisRecord>())?.basis;
  }
}

function versionOf({ basis, recordedAt, recordedBy, recordedAs }: ReferralBasisVersion): ReferralBasisVersion {
  return { basis, recordedAt, recordedBy, recordedAs: recordedAs ?? 'not recorded' };
}
