import { IsISO8601, IsUUID } from 'class-validator';

/** The recovery and reflection period of a referral was extended (CETS 197 Art 13): no removal and assistance until then. */
export class RecoveryPeriodExtended {
  @IsUUID()
  nrmReferralId: string;

  @IsISO8601({ strict: true })
  extendedAt: string;

  @IsISO8601({ strict: true })
  extendedUntil: string;
}
