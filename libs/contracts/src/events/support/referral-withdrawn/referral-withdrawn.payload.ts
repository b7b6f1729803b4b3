import { IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';
import { ReferralWithdrawalReason, ReferralWithdrawalReasons } from '../../../vocabulary/vocabulary';

/** The referral was taken back from an organisation: by the journey (not accepted in time, declined) or revoked by Harbour. */
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
