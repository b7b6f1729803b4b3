import { IsBoolean, IsIn, IsInt, IsISO8601, IsUUID, Matches, Min } from 'class-validator';
import { Specialism, Specialisms } from '../../../vocabulary/vocabulary';

/** A referral was offered to a support organisation, which must accept it by `acceptBy`. */
export class ReferralOffered {
  @IsUUID()
  referralId: string;

  @Matches(/^[a-z0-9-]{2,64}$/)
  organisationId: string;

  @IsIn(Specialisms)
  specialism: Specialism;

  /** 1 for the first organisation asked, 2 for the next, and so on. */
  @IsInt()
  @Min(1)
  attempt: number;

  @IsBoolean()
  helpline: boolean;

  @IsISO8601({ strict: true })
  offeredAt: string;

  @IsISO8601({ strict: true })
  acceptBy: string;
}
