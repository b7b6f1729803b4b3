import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { emptyAsAbsent, PageLimitDto } from '../journeys/journey-query.dto';
import { DeadLetterTopics } from './park-dead-letters';
import { DEAD_LETTER_ID, DeadLetterActionReason, DeadLetterActionReasons, DeadLetterState } from './dead-letter';

const DeadLetterStates: readonly DeadLetterState[] = ['parked', 'replayed', 'discarded'];
export const OriginTopics = DeadLetterTopics.map((topic) => topic.replace(/\.dlq$/, ''));

/** `?topic=&state=&limit=&cursor=` of the dead letters list. */
export class DeadLetterQueryDto extends PageLimitDto {
  @ApiPropertyOptional({ enum: OriginTopics, description: 'The topic the record was refused on' })
  @IsOptional()
  @Transform(emptyAsAbsent)
  @IsIn(OriginTopics, { message: `topic must be one of: ${OriginTopics.join(', ')}` })
  topic?: string;

  @ApiPropertyOptional({ enum: DeadLetterStates, default: 'parked' })
  @IsOptional()
  @Transform(emptyAsAbsent)
  @IsIn(DeadLetterStates, { message: `state must be one of: ${DeadLetterStates.join(', ')}` })
  state?: DeadLetterState;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[\dT:.Z-]{20,30}\|[a-z0-9.-]{1,200}:\d{1,5}:\d{1,20}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}

export class DeadLetterParamsDto {
  @ApiProperty({ description: '<topic>:<partition>:<offset> of the refused record', example: 'harbour.journey.v1:0:42' })
  @Matches(DEAD_LETTER_ID, { message: 'deadLetterId must be <topic>:<partition>:<offset>, e.g. harbour.journey.v1:0:42' })
  deadLetterId: string;
}

/** Why an operator acts: a code, so that nothing an operator types reaches the log or another system. */
export class DeadLetterActionDto {
  @ApiProperty({ enum: DeadLetterActionReasons })
  @IsIn(DeadLetterActionReasons, { message: `reason must be one of: ${DeadLetterActionReasons.join(', ')}` })
  reason: DeadLetterActionReason;
}

/** The console's list takes the same filters, its language, and what was just done. */
export class ConsoleDeadLetterQueryDto extends DeadLetterQueryDto {
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'lang must be an ISO 639-1 code such as "en"' })
  lang?: string;

  @IsOptional()
  @IsIn(['replayed', 'discarded'], { message: 'done must be replayed or discarded' })
  done?: 'replayed' | 'discarded';

  @IsOptional()
  @Matches(DEAD_LETTER_ID, { message: 'id must be <topic>:<partition>:<offset>' })
  id?: string;
}

/** The console's form posts to `/console/dead-letters/:deadLetterId/:action`. */
export class ConsoleDeadLetterActionParamsDto extends DeadLetterParamsDto {
  @IsIn(['replay', 'discard'], { message: 'action must be replay or discard' })
  action: 'replay' | 'discard';
}
