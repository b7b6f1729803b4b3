import { IsBoolean, IsIn, IsISO8601, IsUUID } from 'class-validator';
import { ReassessmentReason, ReassessmentReasons } from '../../../vocabulary/vocabulary';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/** A re-assessment of the victim's protection needs was asked for (VRD Art 22(7)); the next assessment answers it. */
export class ReassessmentRequested {
  @IsUUID()
  requestId: string;

  @IsIn(ReassessmentReasons)
  reason: ReassessmentReason;

  /** Set for a breach of an order and other reasons that cannot wait for the usual period. */
  @IsBoolean()
  urgent: boolean;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  requestedAt: string;
}
