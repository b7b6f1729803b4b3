import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { OptionalFreeText } from '../shared/free-text';
import { JourneyDoorDto } from '@harbour/service-runtime';
import { CurrentIndicatorChecklist, CurrentIndicatorIds } from './indicator-checklist';

export class CreateScreeningDto extends JourneyDoorDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The journey the person already has (e.g. from a report); a new pseudonymous one is opened when absent' })
  @IsOptional()
  @IsUUID()
  journeyId?: string;

  @ApiProperty({
    description: `Ids of the indicators observed, from checklist ${CurrentIndicatorChecklist.version} (GET /reference/vocabularies); empty when none`,
    enum: CurrentIndicatorIds,
    isArray: true,
  })
  @IsArray()
  @ArrayMaxSize(CurrentIndicatorIds.length)
  @ArrayUnique()
  @IsIn(CurrentIndicatorIds, { each: true, message: `each value in indicatorIds must be an indicator id of checklist ${CurrentIndicatorChecklist.version}` })
  indicatorIds: string[];

  @OptionalFreeText('What the first responder saw, in their words.')
  observations?: string;
}
