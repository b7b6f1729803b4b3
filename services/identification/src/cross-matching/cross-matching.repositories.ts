import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Model } from 'mongoose';
import { JourneyRecords, OutboxRelay } from '@harbour/messaging';
import { ScopedRepository } from '@harbour/persistence';
import { IDENTITY_RECORD_MODEL, IdentityRecord, POSSIBLE_DUPLICATE_MODEL, PossibleDuplicate, PossibleDuplicateStatus } from './cross-matching.schema';

@Injectable()
export class IdentityRecordsRepository extends ScopedRepository<IdentityRecord, 'journeyId'> {
  constructor(@InjectModel(IDENTITY_RECORD_MODEL) model: Model<IdentityRecord>) {
    super(model, 'journeyId');
  }

  /** Records of other journeys sharing a match key: the one query that crosses journeys, by keyed hashes only. */
  ofOtherJourneys(journeyId: string, matchKeys: string[]): Promise<Pick<IdentityRecord, 'journeyId' | 'matchKeys'>[]> {
    return this.model
      .find({ matchKeys: mongoose.trusted({ $in: matchKeys }), journeyId: mongoose.trusted({ $ne: journeyId }) }, { journeyId: 1, matchKeys: 1 })
      .lean<Pick<IdentityRecord, 'journeyId' | 'matchKeys'>[]>();
  }
}

@Injectable()
export class PossibleDuplicatesRepository extends JourneyRecords<PossibleDuplicate> {
  constructor(@InjectModel(POSSIBLE_DUPLICATE_MODEL) model: Model<PossibleDuplicate>, relay: OutboxRelay) {
    super(model, relay);
  }

  /** The review queue, across journeys: reviewers serve every region. */
  list(status: PossibleDuplicateStatus, limit: number): Promise<PossibleDuplicate[]> {
    return this.model.find({ status }).sort({ raisedAt: 1, _id: 1 }).limit(limit).lean<PossibleDuplicate[]>();
  }

  /** A merge that already took one of these journeys away into another. */
  mergeOfAny(journeyIds: string[]): Promise<PossibleDuplicate | null> {
    return this.model.findOne({ status: 'merged', 'review.mergedJourneyId': mongoose.trusted({ $in: journeyIds }) }).lean<PossibleDuplicate>();
  }
}
