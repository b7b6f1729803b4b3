import { IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';
import { ReferralDeclineReason, ReferralDeclineReasons } from '../../../vocabulary/vocabulary';

/** The organisation declined the referral; the journey offers it to the next one. */
export class ReferralDeclined {
  @IsUUID()
  referralId: string;

  @Matches(/^[a-z0-9-]{2,64}$/)
  organisationId: string;

  @IsIn(ReferralDeclineReasons)
  reason: ReferralDeclineReason;

  @IsISO8601({ strict: true })
  declinedAt: string;
}
