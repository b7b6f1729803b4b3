import { IsISO8601, IsUUID } from 'class-validator';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/** The recovery and reflection period of a referral was extended (CETS 197 Art 13): no removal and assistance until then. */
export class RecoveryPeriodExtended {
  @IsUUID()
  nrmReferralId: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  extendedAt: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  extendedUntil: string;
}
