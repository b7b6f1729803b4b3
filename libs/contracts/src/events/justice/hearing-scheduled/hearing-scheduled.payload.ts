import { IsBoolean, IsISO8601, IsUUID } from 'class-validator';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/** An interview or hearing of the victim was scheduled; with a language need it opens VRD Art 7 interpretation. */
export class HearingScheduled {
  @IsUUID()
  hearingId: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  scheduledFor: string;

  /** Whether the victim needs an interpreter; the language itself stays with justice. */
  @IsBoolean()
  interpreterNeeded: boolean;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  recordedAt: string;
}
