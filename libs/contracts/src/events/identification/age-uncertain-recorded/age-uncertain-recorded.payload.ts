import { IsIn, IsISO8601 } from 'class-validator';
import { AgeUncertaintyReason, AgeUncertaintyReasons } from '../../../vocabulary/vocabulary';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/** The person's age is uncertain and there are reasons to believe they are a child: they are treated as one (CETS 197 Art 10(3)). It carries the reason, never an age or a date of birth. */
export class AgeUncertainRecorded {
  @IsIn(AgeUncertaintyReasons)
  assessmentReason: AgeUncertaintyReason;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  recordedAt: string;
}
