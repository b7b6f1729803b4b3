import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { LANGUAGE_CODE, ServedCountries, Specialism, Specialisms } from '@harbour/contracts';
import { SupportNeed } from './match-organisations';

/** What a victim needs from an organisation: codes only, nothing personal. */
export class SupportNeedDto implements SupportNeed {
  @ApiProperty({ example: 'BE', description: 'Country where support is sought (ISO 3166-1 alpha-2)' })
  // The directory stores upper-case codes; `be` must find what `BE` finds.
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsIn(ServedCountries, { message: 'country must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")' })
  country: string;

  @ApiProperty({ example: 'ro', description: 'A language the victim understands (ISO 639-1)' })
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;

  @ApiProperty({ enum: Specialisms })
  @IsIn(Specialisms)
  specialism: Specialism;

  @ApiPropertyOptional({ description: 'The victim is, or is presumed to be, a child' })
  @IsOptional()
  // A query string says `true` / `false`; a JSON body or a command says true / false.
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'child must be true or false' })
  child?: boolean;
}
