import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { DecisionTaskKind } from '@harbour/contracts';
import { JourneyRecords, OutboxRelay } from '@harbour/messaging';
import { NrmReferral, NrmReferralChange } from './nrm-referral';
import { NRM_REFERRAL_MODEL } from './nrm-referral.schema';
import { NrmReferralStepError } from './nrm-referral-status';

/** Referrals, scoped by journey; every step is one update guarded by the status it was planned from. */
@Injectable()
export class NrmReferralsRepository extends JourneyRecords<NrmReferral> {
  constructor(@InjectModel(NRM_REFERRAL_MODEL) model: Model<NrmReferral>, relay: OutboxRelay) {
    super(model, relay);
  }

  /** Open decision tasks across every journey, oldest first: NRM decision makers serve the whole country. */
  openTasks(kind: DecisionTaskKind | undefined, limit: number): Promise<NrmReferral[]> {
    const filter: FilterQuery<NrmReferral> = kind ? { openTask: kind } : { openTask: mongoose.trusted({ $exists: true }) };
    return this.model.find(filter).sort({ openTaskSince: 1, _id: 1 }).limit(limit).lean<NrmReferral[]>();
  }

  /** Applies a planned step; when another decision moved the referral first, refuses as the status table would. */
  async apply(referral: NrmReferral, change: NrmReferralChange, action: NrmReferralStepError['action']): Promise<void> {
    const update: UpdateQuery<NrmReferral> = {
      $set: { status: change.status, ...change.set },
      ...(change.unset.length > 0 ? { $unset: Object.fromEntries(change.unset.map((field) => [field, ''])) } : {}),
      ...(change.openedTask ? { $push: { decisionTasks: change.openedTask } } : {}),
    };
    const applied = await this.updateWithFacts(referral.journeyId, { _id: referral._id, status: referral.status }, update, [change.fact]);
    if (!applied) {
      const current = await this.findOne(referral.journeyId, { _id: referral._id });
      throw new NrmReferralStepError(current?.status ?? referral.status, action);
    }
  }
}
