import { ConflictException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { OutboxRelay } from '@harbour/messaging';
import { ScopedRepository } from '@harbour/persistence';
import { SelfReferral } from './self-referral';
import { SELF_REFERRAL_MODEL } from './self-referral.schema';

/** Self-referrals, scoped by the organisation the person came to; each carries its fact in the same write. */
@Injectable()
export class SelfReferralsRepository extends ScopedRepository<SelfReferral, 'organisationId'> {
  constructor(
    @InjectModel(SELF_REFERRAL_MODEL) model: Model<SelfReferral>,
    private readonly relay: OutboxRelay,
  ) {
    super(model, 'organisationId');
  }

  /** Stores the self-referral once: a retried request with the same id answers with the first. */
  async insertOnce(selfReferral: SelfReferral): Promise<{ selfReferral: SelfReferral; replayed: boolean }> {
    try {
      const stored = await this.create(selfReferral.organisationId, selfReferral);
      this.relay.nudge();
      return { selfReferral: stored, replayed: false };
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      const first = await this.findOne(selfReferral.organisationId, { _id: selfReferral._id });
      if (!first) throw new ConflictException('Idempotency-Key was already used by another organisation');
      return { selfReferral: first, replayed: true };
    }
  }
}
