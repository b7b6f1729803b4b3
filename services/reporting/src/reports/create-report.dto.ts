import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { CrimeType, CrimeTypes, LANGUAGE_CODE, ServedCountries } from '@harbour/contracts';
import { JourneyDoorDto } from '@harbour/service-runtime';
import { Type } from 'class-transformer';
import { Equals, IsBoolean, IsDefined, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { ResidencyStatus, ResidencyStatuses } from './residency-statuses';

/** Channels that report on behalf of a known victim; anonymous reports have their own flow. */
export const NamedReportChannels = ['police', 'online', 'third-party'] as const;
export type NamedReportChannel = (typeof NamedReportChannels)[number];

/** What every report says of the crime, named or anonymous. */
export class CrimeFactsDto {
  @ApiProperty({ example: 'BE', description: 'Country where support is sought (ISO 3166-1 alpha-2)' })
  @IsIn(ServedCountries, { message: 'country must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")' })
  country: string;

  @ApiPropertyOptional({ example: 'NL', description: 'Country where the crime took place, when known and different (ISO 3166-1 alpha-2)' })
  @IsOptional()
  @IsIn(ServedCountries, { message: 'crimeCountry must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "NL")' })
  crimeCountry?: string;

  @ApiProperty({ enum: CrimeTypes })
  @IsIn(CrimeTypes)
  crimeType: CrimeType;

  @ApiProperty({ example: 'ro', description: 'A language the victim or reporter understands, for what Harbour writes to them (ISO 639-1)' })
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;
}

/** What every named report says of the crime and the victim, whoever makes it, with the region whose holidays count when known. */
export class ReportFactsDto extends IntersectionType(CrimeFactsDto, PickType(JourneyDoorDto, ['region'] as const)) {
  @ApiProperty({ description: 'Whether this is a formal complaint (opens the written-acknowledgement obligation)' })
  @IsBoolean()
  formalComplaint: boolean;

  @ApiPropertyOptional({
    enum: ResidencyStatuses,
    description: 'Only if the victim chooses to give it. Stored encrypted, shown to support and NRM roles only, never published.',
  })
  @IsOptional()
  @IsIn(ResidencyStatuses)
  residencyStatus?: ResidencyStatus;
}

/** A third party reporting on behalf of the victim, with the victim's consent. */
export class ThirdPartyDto {
  @ApiProperty({ example: 'employer-of-a-relative', description: "The reporter's relation to the victim. Stored encrypted, never published." })
  @IsString()
  @Length(2, 200)
  relation: string;

  @ApiProperty({ description: 'The victim consented to this report; a third party may not report without it' })
  @Equals(true, { message: 'thirdParty.victimConsent must be true: a third party reports only with the consent of the victim' })
  victimConsent: boolean;
}

export class CreateReportDto extends ReportFactsDto {
  @ApiProperty({ enum: NamedReportChannels })
  @IsIn(NamedReportChannels)
  channel: NamedReportChannel;

  @ApiProperty({
    example: 'BE-POL-2026-004211/V1',
    description:
      "The reporting organisation's own reference for the victim. Reports with the same reference join the same journey. Stored encrypted, never published.",
  })
  @IsString()
  @Length(3, 128)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ._:/-]*$/, { message: 'victimReference may hold letters, digits, spaces and . _ : / - only' })
  victimReference: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The journey the person already has, e.g. the one a screening opened and returned; the report joins it. A reference already linked to another journey is refused with 409.',
  })
  @IsOptional()
  @IsUUID()
  journeyId?: string;

  @ApiPropertyOptional({ type: ThirdPartyDto, description: 'Required for, and only for, channel "third-party"' })
  @ValidateIf((report: CreateReportDto) => report.channel === 'third-party' || report.thirdParty !== undefined)
  @IsDefined({ message: 'thirdParty is required for a third-party report (relation and victimConsent)' })
  @ValidateBy({
    name: 'onlyForThirdPartyChannel',
    validator: {
      validate: (_value, args) => (args?.object as CreateReportDto).channel === 'third-party',
      defaultMessage: () => 'thirdParty is only for channel "third-party"',
    },
  })
  @ValidateNested()
  @Type(() => ThirdPartyDto)
  thirdParty?: ThirdPartyDto;
}
