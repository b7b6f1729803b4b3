import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CrimeType, CrimeTypes, LANGUAGE_CODE, ServedCountries } from '@harbour/contracts';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ReportFactsDto } from '../reports/create-report.dto';

export class MessageDto {
  @ApiProperty({ description: 'Free text. Stored encrypted; never published or logged.', maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  text: string;
}

export class AnonymousReportDto extends MessageDto {
  @ApiProperty({ example: 'BE', description: 'Country where help is sought (ISO 3166-1 alpha-2)' })
  @IsIn(ServedCountries, { message: 'country must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")' })
  country: string;

  @ApiPropertyOptional({ example: 'NL', description: 'Country where it happened, when different' })
  @IsOptional()
  @IsIn(ServedCountries, { message: 'crimeCountry must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "NL")' })
  crimeCountry?: string;

  @ApiProperty({ enum: CrimeTypes })
  @IsIn(CrimeTypes)
  crimeType: CrimeType;

  @ApiProperty({ example: 'fr', description: 'Language of the reporter (ISO 639-1), for replies' })
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;
}

/** What the sender adds to make the anonymous report a named one. */
export class ConversionDto extends ReportFactsDto {
  @ApiProperty({ description: "The victim's name. Stored encrypted, never published." })
  @IsString()
  @Length(1, 200)
  fullName: string;

  @ApiPropertyOptional({ description: 'How to reach the victim safely. Stored encrypted, never published.' })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  contact?: string;
}
