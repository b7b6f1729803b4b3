import { ApiProperty } from '@nestjs/swagger';
import { CrimeType, CrimeTypes, LANGUAGE_CODE, ServedCountries } from '@harbour/contracts';
import { IsBoolean, IsIn, IsString, Length, Matches } from 'class-validator';

/** Channels that report on behalf of a known victim; anonymous reports have their own flow. */
export const NamedReportChannels = ['police', 'online', 'third-party'] as const;
export type NamedReportChannel = (typeof NamedReportChannels)[number];

export class CreateReportDto {
  @ApiProperty({ enum: NamedReportChannels })
  @IsIn(NamedReportChannels)
  channel: NamedReportChannel;

  @ApiProperty({ example: 'BE', description: 'Country where support is sought (ISO 3166-1 alpha-2)' })
  @IsIn(ServedCountries, { message: 'country must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")' })
  country: string;

  @ApiProperty({ enum: CrimeTypes })
  @IsIn(CrimeTypes)
  crimeType: CrimeType;

  @ApiProperty({ example: 'ro', description: 'A language the victim understands (ISO 639-1)' })
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;

  @ApiProperty({ description: 'Whether this is a formal complaint (opens the written-acknowledgement obligation)' })
  @IsBoolean()
  formalComplaint: boolean;

  @ApiProperty({
    example: 'BE-POL-2026-004211/V1',
    description:
      "The reporting organisation's own reference for the victim. Reports with the same reference join the same journey. Stored encrypted, never published.",
  })
  @IsString()
  @Length(3, 128)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ._:/-]*$/, { message: 'victimReference may hold letters, digits, spaces and . _ : / - only' })
  victimReference: string;
}
