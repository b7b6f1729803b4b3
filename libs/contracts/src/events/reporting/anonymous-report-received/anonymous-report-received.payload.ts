import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { CrimeType, CrimeTypes, ServedCountries } from '../../../vocabulary/vocabulary';

/**
 * An anonymous report was received. Its subject is a random journey id of its own: nothing in
 * it, nor in the reporting service, leads back to the person who sent it.
 */
export class AnonymousReportReceived {
  @IsUUID()
  reportId: string;

  @IsISO8601({ strict: true })
  receivedAt: string;

  /** Country where support is sought (ISO 3166-1 alpha-2). */
  @IsIn(ServedCountries, { message: 'country must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")' })
  country: string;

  @IsIn(CrimeTypes)
  crimeType: CrimeType;
}
