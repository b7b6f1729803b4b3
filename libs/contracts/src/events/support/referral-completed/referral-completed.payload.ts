import { IsISO8601, IsUUID, Matches } from 'class-validator';

/** The organisation completed its support of the victim; its place is free again. */
export class ReferralCompleted {
  @IsUUID()
  referralId: string;

  @Matches(/^[a-z0-9-]{2,64}$/)
  organisationId: string;

  @IsISO8601({ strict: true })
  completedAt: string;
}
