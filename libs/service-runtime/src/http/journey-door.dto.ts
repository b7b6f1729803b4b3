import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsLanguageCode, IsRegionCode, IsServedCountry, JourneyDoorFields, ServedCountries } from '@harbour/contracts';

/**
 * What the caller knows of the person's situation when their service is the door (a screening,
 * a helpline call, a protection order, a justice milestone, a compensation claim): the journey
 * opens its clocks and hands the person over to support from it. Codes only, each when known.
 */
export class JourneyDoorDto {
  @ApiPropertyOptional({ enum: ServedCountries, description: 'Country where support is sought; the journey opens its clocks once it knows it' })
  @IsOptional()
  @IsServedCountry()
  country?: string;

  @ApiPropertyOptional({
    example: 'DE-BY',
    description: "ISO 3166-2 region of `country` whose holidays count (German Länder, Spanish communities, Swiss cantons, UK nations), when known",
  })
  @IsOptional()
  @IsRegionCode()
  region?: string;

  @ApiPropertyOptional({ example: 'ro', description: 'A language the person understands (ISO 639-1), when known' })
  @IsOptional()
  @IsLanguageCode()
  language?: string;
}

const ORGANISATION_ID = /^[a-z0-9-]{2,64}$/;

/** The door's fields of a fact: what the caller said, and the caller's organisation as the one that acted. */
export function doorFields(door: JourneyDoorDto, organisationId: string | undefined): JourneyDoorFields {
  return {
    ...(door.country ? { country: door.country } : {}),
    ...(door.region ? { region: door.region } : {}),
    ...(door.language ? { language: door.language } : {}),
    ...(organisationId && ORGANISATION_ID.test(organisationId) ? { actingOrganisationId: organisationId } : {}),
  };
}
