import { IsISO8601, IsUUID, Matches } from 'class-validator';

/** The accepting organisation started supporting the victim. */
export class ReferralStarted {
  @IsUUID()
  referralId: string;

  @Matches(/^[a-z0-9-]{2,64}$/)
  organisationId: string;

  @IsISO8601({ strict: true })
  startedAt: string;
}
