import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { ServedCountries } from '../../../vocabulary/vocabulary';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/** Directive 2004/80/EC: the assisting authority (victim's country of residence) received an application for a crime in another Member State. */
export class CrossBorderApplicationReceived {
  @IsUUID()
  claimId: string;

  @IsIn(ServedCountries)
  assistingCountry: string;

  @IsIn(ServedCountries)
  decidingCountry: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  receivedAt: string;
}
