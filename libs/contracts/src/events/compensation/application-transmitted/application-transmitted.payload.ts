import { IsISO8601, IsUUID } from 'class-validator';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/** Directive 2004/80/EC Art 6: the assisting authority transmitted the application to the deciding authority. */
export class ApplicationTransmitted {
  @IsUUID()
  claimId: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  transmittedAt: string;
}
