import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { CancellationReason, CancellationReasons, JourneyStage } from '@harbour/contracts/journey';

export const JourneyStages: readonly JourneyStage[] = ['opened', 'referred', 'supported', 'support-unavailable'];

/** `true`/`false` in a query string; anything else stays as sent, so that the validator names it. */
const booleanParameter = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value === '' ? undefined : value);

/** An empty form field (the console's "any") is no filter at all. */
export const emptyAsAbsent = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** `?limit=` of a list served a page at a time. */
export class PageLimitDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(200)
  limit: number = 50;
}

/** `?stage=&right=&organisation=&child=&overdue=&dueWithin24h=&cursor=&limit=` of the journeys list. */
export class JourneyQueryDto extends PageLimitDto {
  @ApiPropertyOptional({ enum: JourneyStages })
  @IsOptional()
  @Transform(emptyAsAbsent)
  @IsIn(JourneyStages, { message: `stage must be one of: ${JourneyStages.join(', ')}` })
  stage?: JourneyStage;

  @ApiPropertyOptional({ description: 'A rule of the rule pack (a right), e.g. vrd-4-information' })
  @IsOptional()
  @Transform(emptyAsAbsent)
  @Matches(/^[a-z0-9-]{1,100}$/, { message: 'right must be a rule id such as "vrd-4-information"' })
  right?: string;

  @ApiPropertyOptional({ description: 'An organisation taking part, e.g. be-payoke' })
  @IsOptional()
  @Transform(emptyAsAbsent)
  @Matches(/^[a-z0-9-]{2,64}$/, { message: 'organisation must be an organisation id such as "be-payoke"' })
  organisation?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(booleanParameter)
  @IsBoolean({ message: 'child must be true or false' })
  child?: boolean;

  @ApiPropertyOptional({ description: 'Only journeys with a missed right or an awaited step past its time' })
  @IsOptional()
  @Transform(booleanParameter)
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only journeys with an awaited step due within 24 hours' })
  @IsOptional()
  @Transform(booleanParameter)
  @IsBoolean({ message: 'dueWithin24h must be true or false' })
  dueWithin24h?: boolean;

  @ApiPropertyOptional({ description: 'Only journeys whose hand-off needs operations: an offer past half its time to accept, or an open escalation' })
  @IsOptional()
  @Transform(booleanParameter)
  @IsBoolean({ message: 'stuck must be true or false' })
  stuck?: boolean;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,400}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}

/** The console's list takes the same filters, and the language of its texts. */
export class ConsoleQueryDto extends JourneyQueryDto {
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'lang must be an ISO 639-1 code such as "en"' })
  lang?: string;
}

export class JourneyParamsDto {
  @ApiProperty({ format: 'uuid', description: "The victim's pseudonymous journey" })
  @IsUUID(undefined, { message: 'journeyId must be a journey id (UUID)' })
  journeyId: string;
}

export class ObligationParamsDto extends JourneyParamsDto {
  @ApiProperty({ example: 'vrd-4-information#1' })
  @Matches(/^[a-z0-9-]{1,100}#\d{1,6}$/, { message: 'obligationId must be <rule id>#<number>, e.g. vrd-4-information#1' })
  obligationId: string;
}

/** Why an analyst cancels an obligation: a code, so that no free text enters the journey's history. */
export class CancelObligationDto {
  @ApiProperty({ enum: CancellationReasons })
  @IsIn(CancellationReasons, { message: `reason must be one of: ${CancellationReasons.join(', ')}` })
  reason: CancellationReason;
}
