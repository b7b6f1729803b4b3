import { IsISO8601, IsUUID, Matches } from 'class-validator';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/** A return of the victim to another country is planned (CETS 197 Art 16); the plan is due 10 days before departure. */
export class ReturnPlanned {
  @IsUUID()
  returnId: string;

  /** The country of return (ISO 3166-1 alpha-2), which may lie outside the countries Harbour serves. */
  @Matches(/^[A-Z]{2}$/, { message: 'toCountry must be an ISO 3166-1 alpha-2 code such as "NL"' })
  toCountry: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  departureDate: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  plannedAt: string;
}
