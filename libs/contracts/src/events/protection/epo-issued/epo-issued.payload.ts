import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { ServedCountries, ServedCountry } from '../../../vocabulary/vocabulary';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/** A European Protection Order (Directive 2011/99/EU) was issued for a victim moving to the executing state. */
export class EpoIssued {
  @IsUUID()
  epoId: string;

  @IsIn(ServedCountries)
  executingCountry: ServedCountry;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  issuedAt: string;
}
