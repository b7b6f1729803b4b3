import { IsIn, IsOptional, Matches } from 'class-validator';
import { LANGUAGE_CODE, ServedCountries } from '../vocabulary/vocabulary';

/** ISO 3166-2 subdivision, e.g. "BE-VLG", "DE-BY", "ES-CT", "GB-SCT": where a regional calendar applies. */
export const REGION_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

export const IsRegionCode = () => Matches(REGION_CODE, { message: 'region must be an ISO 3166-2 subdivision code such as "BE-VLG"' });
export const IsServedCountry = () => IsIn(ServedCountries, { message: 'country must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")' });
export const IsLanguageCode = () => Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' });
export const IsActingOrganisationId = () =>
  Matches(/^[a-z0-9-]{2,64}$/, { message: 'actingOrganisationId must be an organisation id such as "be-payoke"' });

/** Where a door knows them: the region whose calendar counts and the language the person understands. */
export class JourneyRegionAndLanguage {
  @IsOptional()
  @IsRegionCode()
  region?: string;

  @IsOptional()
  @IsLanguageCode()
  language?: string;
}

/**
 * What the first fact from any door (a screening, an NRM referral, a helpline, a protection
 * measure, a justice milestone, a compensation claim) tells the journey so that it can open its
 * clocks: the country where support is sought, the region whose calendar counts, the language
 * the person understands and the organisation that acted. Each when known; codes only, nothing
 * personal. A journey keeps what it learnt first and takes what it did not know from later facts.
 */
export class JourneyDoorFields extends JourneyRegionAndLanguage {
  @IsOptional()
  @IsServedCountry()
  country?: string;

  /** The organisation that acted, as the support directory and the principals name it. */
  @IsOptional()
  @IsActingOrganisationId()
  actingOrganisationId?: string;
}
