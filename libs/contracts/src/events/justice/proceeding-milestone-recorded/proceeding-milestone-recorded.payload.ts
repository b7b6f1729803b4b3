import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { ProceedingMilestone, ProceedingMilestones } from '../../../vocabulary/vocabulary';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';
import { JourneyDoorFields } from '../../journey-door';

/** A step of the criminal proceedings happened that the victim may ask to be told of. */
export class ProceedingMilestoneRecorded extends JourneyDoorFields {
  @IsUUID()
  milestoneId: string;

  @IsIn(ProceedingMilestones)
  milestone: ProceedingMilestone;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  recordedAt: string;
}
