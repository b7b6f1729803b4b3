import { IsISO8601, IsUUID } from 'class-validator';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/**
 * The person of an NRM referral was removed from the country while identification was under way
 * (CETS 197 Art 10(2), Art 13): the fact and its time only, never where to or on which ground.
 */
export class RemovalRecorded {
  @IsUUID()
  nrmReferralId: string;

  /** When the removal happened, as the authority that carried it out reported it. */
  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  removedAt: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  recordedAt: string;
}
