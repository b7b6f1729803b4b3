import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { PossibleDuplicateStatus, PossibleDuplicateStatuses } from './cross-matching.schema';
import { DATE_OF_BIRTH_FORMAT, IdentityAttributes } from './identity-match-keys';

/** Identity attributes: personal, stored encrypted; only keyed hashes of their normalised forms are compared. */
export class RecordIdentityDto implements IdentityAttributes {
  @ApiPropertyOptional({ maxLength: 200, example: 'Maria Popescu' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  fullName?: string;

  @ApiPropertyOptional({ example: '1998-04-07', description: 'YYYY-MM-DD, or day first as DD.MM.YYYY, DD/MM/YYYY or DD-MM-YYYY' })
  @IsOptional()
  @Matches(DATE_OF_BIRTH_FORMAT, { message: 'dateOfBirth must be written as YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or DD-MM-YYYY' })
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: 'RO', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'nationality must be an ISO 3166-1 alpha-2 code such as "RO"' })
  nationality?: string;

  @ApiPropertyOptional({ maxLength: 64 })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  identityDocumentNumber?: string;
}

export class PossibleDuplicateQueryDto {
  @ApiPropertyOptional({ enum: PossibleDuplicateStatuses, default: 'open' })
  @IsOptional()
  @IsIn(PossibleDuplicateStatuses)
  status: PossibleDuplicateStatus = 'open';

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;
}

export class MergeJourneysDto {
  @ApiProperty({ format: 'uuid', description: 'Which of the two journeys continues; the other is merged into it' })
  @IsUUID()
  survivingJourneyId: string;
}
