import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ScreeningRecommendation, ScreeningRecommendations } from '@harbour/contracts';
import { ScreeningResult } from './score-screening';
import { ScreeningRecord } from './screening.schema';

export class ScreeningView {
  @ApiProperty({ format: 'uuid' })
  screeningId: string;

  @ApiProperty({ format: 'uuid' })
  journeyId: string;

  @ApiProperty({ example: '2026.1' })
  checklistVersion: string;

  @ApiProperty({ isArray: true, type: String })
  indicatorIds: string[];

  @ApiProperty({ enum: ScreeningRecommendations, description: 'Advice to the first responder, never an identification decision' })
  recommendation: ScreeningRecommendation;

  @ApiProperty({ description: 'Indicator categories observed, each with its indicators' })
  flags: ScreeningResult['flags'];

  @ApiProperty({ isArray: true, type: String })
  reasons: string[];

  @ApiProperty({ format: 'date-time' })
  completedAt: string;

  @ApiPropertyOptional({ description: 'Only when read back by id' })
  observations?: string;
}

export function toScreeningView(record: ScreeningRecord, observations?: string): ScreeningView {
  return {
    screeningId: record._id,
    journeyId: record.journeyId,
    checklistVersion: record.checklistVersion,
    indicatorIds: record.indicatorIds,
    recommendation: record.recommendation,
    flags: record.flags,
    reasons: record.reasons,
    completedAt: record.completedAt.toISOString(),
    ...(observations === undefined ? {} : { observations }),
  };
}
