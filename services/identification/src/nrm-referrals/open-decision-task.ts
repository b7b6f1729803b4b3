import { Injectable } from '@nestjs/common';
import { DecisionTaskOpened, OpenDecisionTaskCommand } from '@harbour/contracts';
import { RecordNotFoundError } from '../shared/identification-errors';
import { taskFor } from './nrm-referral';
import { NrmReferralsRepository } from './nrm-referrals.repository';

export const JOURNEY_ACTOR = 'journey';

/** The journey asks for a decision task; idempotent, so a retried activity finds the task its first run opened. */
@Injectable()
export class OpenDecisionTask {
  constructor(private readonly referrals: NrmReferralsRepository) {}

  async execute({ journeyId, nrmReferralId, kind }: OpenDecisionTaskCommand): Promise<DecisionTaskOpened> {
    for (;;) {
      const referral = await this.referrals.findOne(journeyId, { _id: nrmReferralId });
      if (!referral) throw new RecordNotFoundError('NRM referral', nrmReferralId);
      const { task, isNew } = taskFor(referral, kind, JOURNEY_ACTOR, new Date());
      // Not added: a concurrent call added it, or the referral moved on; read it again and answer from that.
      if (!isNew || (await this.referrals.addTask(referral, task))) return { nrmReferralId, kind, openedAt: task.openedAt.toISOString() };
    }
  }
}
