import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@harbour/security';
import { DeadLetterDesk } from './dead-letter-desk';
import { DeadLetterActionDto, DeadLetterParamsDto, DeadLetterQueryDto } from './dead-letter.dto';

@ApiTags('operations')
@ApiBearerAuth()
@Roles('operations-analyst')
@Controller('operations/dead-letters')
export class DeadLettersController {
  constructor(private readonly desk: DeadLetterDesk) {}

  @Get()
  @ApiOperation({ summary: 'Records a consumer refused, newest first, with the topic, the reason and the ids that name them (never their content)' })
  @ApiOkResponse({ description: '{ deadLetters, nextCursor? }' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: DeadLetterQueryDto) {
    return this.desk.list(principal, { originTopic: query.topic, state: query.state ?? 'parked', before: query.cursor, limit: query.limit });
  }

  @Get(':deadLetterId')
  @ApiOperation({ summary: 'One dead letter with what operators did to it' })
  get(@CurrentPrincipal() principal: Principal, @Param() { deadLetterId }: DeadLetterParamsDto) {
    return this.desk.get(principal, deadLetterId);
  }

  @Post(':deadLetterId/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the record again, as it was, to its own topic (audited; 409 once replayed or discarded)' })
  replay(@CurrentPrincipal() principal: Principal, @Param() { deadLetterId }: DeadLetterParamsDto, @Body() { reason }: DeadLetterActionDto) {
    return this.desk.replay(principal, deadLetterId, reason);
  }

  @Post(':deadLetterId/discard')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set the record aside for good (audited; 409 once replayed or discarded)' })
  discard(@CurrentPrincipal() principal: Principal, @Param() { deadLetterId }: DeadLetterParamsDto, @Body() { reason }: DeadLetterActionDto) {
    return this.desk.discard(principal, deadLetterId, reason);
  }
}
