import { Injectable } from '@nestjs/common';
import { WithdrawReferralCommand } from '@harbour/contracts';
import { JOURNEY_ACTOR, planStep } from './referral';
import { ReferralNotFoundError } from './referral-not-found.error';
import { ReferralRepository } from './referral.repository';
import { ReferralTransitionError } from './referral-status';

/** The journey takes an offer back, after a decline or when the accept-by time passed. */
@Injectable()
export class WithdrawReferral {
  constructor(private readonly referrals: ReferralRepository) {}

  async execute({ referralId, reason }: WithdrawReferralCommand): Promise<void> {
    const referral = await this.referrals.findForJourney(referralId);
    if (!referral) throw new ReferralNotFoundError(referralId);
    // Only an open offer is withdrawn. Withdrawn already: this is a retry. Declined: the decline
    // is why the journey withdraws. Accepted meanwhile: it stays accepted and is no error, because
    // the ReferralAccepted fact is already on its way to the journey, which decides what follows.
    if (referral.status !== 'offered') return;
    try {
      await this.referrals.apply(referral, planStep(referral, { action: 'withdraw', reason }, JOURNEY_ACTOR, new Date()));
    } catch (error) {
      // Answered or withdrawn by a concurrent call between the read and the update: as above.
      if (!(error instanceof ReferralTransitionError)) throw error;
    }
  }
}
