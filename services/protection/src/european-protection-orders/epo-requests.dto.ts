import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsUUID, ValidateIf } from 'class-validator';
import { EpoRecognitionDecision, EpoRecognitionDecisions, EpoRefusalReason, EpoRefusalReasons, ServedCountries, ServedCountry } from '@harbour/contracts';

export class IssueEpoDto {
  @ApiProperty({ type: String, enum: ServedCountries, example: 'NL', description: 'The executing state the victim moves to (ISO 3166-1 alpha-2)' })
  @IsIn(ServedCountries, { message: 'executingCountry must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "NL")' })
  executingCountry: ServedCountry;

  @ApiProperty({ format: 'uuid', description: 'The national order in force that the EPO extends' })
  @IsUUID('all', { message: 'underlyingOrderId must be a measure id (UUID)' })
  underlyingOrderId: string;
}

export class RecognitionDto {
  @ApiProperty({ enum: EpoRecognitionDecisions })
  @IsIn(EpoRecognitionDecisions)
  decision: EpoRecognitionDecision;

  @ApiProperty({ format: 'date-time', description: "When the executing state decided" })
  @IsISO8601({ strict: true }, { message: 'recognisedAt must be an ISO 8601 date-time' })
  recognisedAt: string;

  @ApiPropertyOptional({ enum: EpoRefusalReasons, description: 'The ground of Art 10(1); required when refused, refused otherwise' })
  @ValidateIf((body: RecognitionDto) => body.decision === 'refused' || body.reason !== undefined)
  @IsIn(EpoRefusalReasons, { message: `reason must be one of the following values: ${EpoRefusalReasons.join(', ')}` })
  reason?: EpoRefusalReason;
}
