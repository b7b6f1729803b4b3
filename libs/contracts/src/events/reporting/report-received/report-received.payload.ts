import { IsBoolean, IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';
import { CrimeType, CrimeTypes, LANGUAGE_CODE, ReportChannel, ReportChannels, ServedCountries } from '../../../vocabulary/vocabulary';

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
  receivedAt: string;
}
