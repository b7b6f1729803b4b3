import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { CompensationScheme, CompensationSchemes } from '../../../vocabulary/compensation-vocabulary';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';
import { JourneyDoorFields } from '../../journey-door';

/** A compensation claim was opened; the journey's application window counts from the crime date. */
export class ClaimOpened extends JourneyDoorFields {
  @IsUUID()
  claimId: string;

  @IsIn(CompensationSchemes)
  scheme: CompensationScheme;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  crimeDate: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  openedAt: string;
}
