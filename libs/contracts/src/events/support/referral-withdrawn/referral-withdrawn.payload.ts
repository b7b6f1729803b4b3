import { IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';
import { ReferralWithdrawalReason, ReferralWithdrawalReasons } from '../../../vocabulary/vocabulary';

/** The journey took the referral back from an organisation (not accepted in time). */
export class ReferralWithdrawn {
  @IsUUID()
  referralId: string;

  @Matches(/^[a-z0-9-]{2,64}$/)
  organisationId: string;

  @IsIn(ReferralWithdrawalReasons)
  reason: ReferralWithdrawalReason;

  @IsISO8601({ strict: true })
  withdrawnAt: string;
}
