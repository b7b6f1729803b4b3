import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { ServedCountries } from '../../../vocabulary/vocabulary';

/** A complaint about a crime committed abroad was passed on to the country where it took place (VRD Art 17). */
export class ComplaintTransmitted {
  /** The report of the complaint. */
  @IsUUID()
  reportId: string;

  @IsUUID()
  transmissionId: string;

  /** Country the complaint went to: where the crime took place (ISO 3166-1 alpha-2). */
  @IsIn(ServedCountries, { message: 'toCountry must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "NL")' })
  toCountry: string;

  @IsISO8601({ strict: true })
  transmittedAt: string;
}
