import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsISO8601, IsOptional, IsUUID, Matches, ValidateIf } from 'class-validator';
import { IsWithinCalendarYears, LANGUAGE_CODE } from '@harbour/contracts';
import {
  ArrangementRefusalReason,
  ArrangementRefusalReasons,
  HearingArrangement,
  HearingArrangements,
  HearingKind,
  HearingKinds,
} from '../justice-vocabulary';
import { ArrangementDecision } from './hearing';

export class ScheduleHearingDto {
  @ApiProperty({ enum: HearingKinds })
  @IsIn(HearingKinds, { message: `kind must be one of: ${HearingKinds.join(', ')}` })
  kind: HearingKind;

  @ApiProperty({ example: '2026-09-14T08:30:00.000Z' })
  @IsISO8601({ strict: true }, { message: 'scheduledFor must be an ISO 8601 date and time' })
  @IsWithinCalendarYears()
  scheduledFor: string;

  @ApiPropertyOptional({ example: 'ro', description: 'The language an interpreter is needed for (ISO 639-1); absent when none is needed' })
  @IsOptional()
  @Matches(LANGUAGE_CODE, { message: 'interpreterLanguage must be an ISO 639-1 code such as "en"' })
  interpreterLanguage?: string;

  @ApiPropertyOptional({ enum: HearingArrangements, isArray: true, description: 'Measures requested for the victim (VRD Art 23)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(HearingArrangements.length)
  @ArrayUnique({ message: 'arrangements may name each arrangement once' })
  @IsIn(HearingArrangements, { each: true, message: `each arrangement must be one of: ${HearingArrangements.join(', ')}` })
  arrangements?: HearingArrangement[];
}

export class HearingParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'hearingId must be a hearing id (UUID)' })
  hearingId: string;
}

export class ArrangementParamsDto extends HearingParamsDto {
  @ApiProperty({ enum: HearingArrangements })
  @IsIn(HearingArrangements, { message: `arrangement must be one of: ${HearingArrangements.join(', ')}` })
  arrangement: HearingArrangement;
}

export class ArrangementDecisionDto {
  @ApiProperty({ enum: ['granted', 'refused'] })
  @IsIn(['granted', 'refused'], { message: 'decision must be granted or refused' })
  decision: ArrangementDecision;

  @ApiPropertyOptional({ enum: ArrangementRefusalReasons, description: 'Required when refused' })
  @ValidateIf((body: ArrangementDecisionDto) => body.decision === 'refused' || body.reasonCode !== undefined)
  @IsIn(ArrangementRefusalReasons, { message: `reasonCode is required for a refusal and must be one of: ${ArrangementRefusalReasons.join(', ')}` })
  reasonCode?: ArrangementRefusalReason;
}
