import { IsBoolean, IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { IsActingOrganisationId, IsRegionCode } from '../../journey-door';
import { CrimeType, CrimeTypes, LANGUAGE_CODE, ReportChannel, ReportChannels, ServedCountries } from '../../../vocabulary/vocabulary';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/** A crime report was received on some channel. The report itself stays in reporting. */
export class ReportReceived {
  @IsUUID()
  reportId: string;

  @IsIn(ReportChannels)
  channel: ReportChannel;

  /** Country where support is sought (ISO 3166-1 alpha-2). */
  @IsIn(ServedCountries, { message: 'country must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")' })
  country: string;

  @IsIn(CrimeTypes)
  crimeType: CrimeType;

  /** Language the victim understands (ISO 639-1). */
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;

  /** A formal complaint opens the written-acknowledgement obligation (VRD Art 5). */
  @IsBoolean()
  formalComplaint: boolean;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  receivedAt: string;

  /** Region of `country` whose calendar counts (ISO 3166-2), when known. */
  @IsOptional()
  @IsRegionCode()
  region?: string;

  /** The organisation that recorded the report (a police force, an NGO), when one did. */
  @IsOptional()
  @IsActingOrganisationId()
  actingOrganisationId?: string;

  /** Country where the crime took place (ISO 3166-1 alpha-2), when known. */
  @IsOptional()
  @IsIn(ServedCountries, { message: 'crimeCountry must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "NL")' })
  crimeCountry?: string;

  /** The crime took place in another country than `country`: a formal complaint is then passed on (VRD Art 17). */
  @IsOptional()
  @IsBoolean()
  crimeAbroad?: boolean;

  /** The anonymous report this named report was made from, by its sender. */
  @IsOptional()
  @IsUUID()
  fromAnonymousReportId?: string;
}
