import { IsBoolean, IsISO8601, IsUUID } from 'class-validator';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/** The claim went to the deciding body; complete is false when it was sent knowingly without every required document. */
export class ClaimSubmitted {
  @IsUUID()
  claimId: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  submittedAt: string;

  @IsBoolean()
  complete: boolean;
}
