import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { GroundsDecision, GroundsDecisions } from '../../vocabulary/vocabulary';
import { IsWithinCalendarYears } from '../../vocabulary/within-calendar-years';

/** What every identification decision on an NRM referral says: which referral, what, when. */
export class GroundsDecided {
  @IsUUID()
  nrmReferralId: string;

  @IsIn(GroundsDecisions)
  decision: GroundsDecision;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  decidedAt: string;
}
