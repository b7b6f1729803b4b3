import { IsISO8601, IsUUID, Matches } from 'class-validator';

/** The organisation accepted the referral and takes the victim on. */
export class ReferralAccepted {
  @IsUUID()
  referralId: string;

  @Matches(/^[a-z0-9-]{2,64}$/)
  organisationId: string;

  @IsISO8601({ strict: true })
  acceptedAt: string;
}
