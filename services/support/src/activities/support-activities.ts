import { ApplicationFailure } from '@temporalio/common';
import { SupportActivities } from '@harbour/contracts';
import { OfferReferral } from '../referrals/offer-referral';
import { ReferralNotFoundError } from '../referrals/referral-not-found.error';
import { WithdrawReferral } from '../referrals/withdraw-referral';
import { validActivityCommand } from '@harbour/temporal';
import { OfferReferralInput, WithdrawReferralInput } from './activity-commands';

export interface SupportActivityDependencies {
  offerReferral: Pick<OfferReferral, 'execute'>;
  withdrawReferral: Pick<WithdrawReferral, 'execute'>;
}

/** The activities the journey workflows call on the support task queue; plain functions over the use cases. */
export function createSupportActivities({ offerReferral, withdrawReferral }: SupportActivityDependencies): SupportActivities {
  return {
    offerReferral: async (command) => offerReferral.execute(validActivityCommand(OfferReferralInput, command)),
    withdrawReferral: async (command) => {
      try {
        await withdrawReferral.execute(validActivityCommand(WithdrawReferralInput, command));
      } catch (error) {
        // No retry makes an unknown referral appear.
        if (error instanceof ReferralNotFoundError) throw ApplicationFailure.nonRetryable(error.message, error.name);
        throw error;
      }
    },
  };
}
