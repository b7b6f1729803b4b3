import { IsIn, IsOptional, Matches, ValidateBy } from 'class-validator';
import { CalendarRegions } from '../vocabulary/calendar-regions';
import { LANGUAGE_CODE, ServedCountries } from '../vocabulary/vocabulary';

/** ISO 3166-2 subdivision, e.g. "BE-VLG", "DE-BY", "ES-CT", "GB-SCT": where a regional calendar applies. */
export const REGION_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const REGION_FORMAT = 'region must be an ISO 3166-2 subdivision code such as "BE-VLG"';

/**
 * What is wrong with a region given with a country, or nothing: it must be an ISO 3166-2 code of
 * that country (of a country Harbour serves when none is given), and where the country's regions
 * keep their own holidays, one whose calendar Harbour has, so that its working days can be counted.
 */
export function regionProblem(region: unknown, country?: unknown): string | undefined {
  if (typeof region !== 'string' || !REGION_CODE.test(region)) return REGION_FORMAT;
  const regionCountry = region.slice(0, 2);
  if (typeof country === 'string' && country !== regionCountry) return `region ${region} is not a region of ${country}`;
  if (!(ServedCountries as readonly string[]).includes(regionCountry)) return `region ${region} is not in a country Harbour serves`;
  const known = CalendarRegions[regionCountry];
  if (known && !known.includes(region)) return `region ${region} is not a region of ${regionCountry} the holiday calendars know (${known.join(', ')})`;
  return undefined;
}

const countryBeside = (object: object | undefined) => (object as { country?: unknown } | undefined)?.country;

/**
 * An ISO 3166-2 code (the pattern, which the JSON Schemas carry too), consistent with the
 * `country` of the same object and one the holiday calendars can count in.
 */
export const IsRegionCode = (): PropertyDecorator => (target, property) => {
  Matches(REGION_CODE, { message: REGION_FORMAT })(target, property);
  ValidateBy({
    name: 'isRegionOfCountry',
    validator: {
      // A malformed code is the pattern's to refuse, with its own message.
      validate: (value, args) => typeof value !== 'string' || !REGION_CODE.test(value) || regionProblem(value, countryBeside(args?.object)) === undefined,
      defaultMessage: (args) => regionProblem(args?.value, countryBeside(args?.object)) ?? '',
    },
  })(target, property);
};

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
