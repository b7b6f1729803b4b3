import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { ServedCountries } from '../../../vocabulary/vocabulary';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/** Directive 2004/80/EC Art 6: the assisting authority transmitted the application to the deciding authority. */
export class ApplicationTransmitted {
  @IsUUID()
  claimId: string;

  /** The deciding authority's state, whose working days count its acknowledgement (Art 7); absent from facts sent before it was carried. */
  @IsOptional()
  @IsIn(ServedCountries)
  decidingCountry?: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  transmittedAt: string;
}
