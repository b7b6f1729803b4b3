import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { JourneyParamsDto } from '../facts/journey-params.dto';
import { NotifyProsecution } from './notify-prosecution';

export class NonPunishmentNoticeDto {
  @ApiProperty({ format: 'uuid', description: 'The non-punishment flag raised on the journey' })
  @IsUUID(undefined, { message: 'flagId must be a flag id (UUID)' })
  flagId: string;
}

@ApiTags('participation')
@ApiBearerAuth()
@Controller('journeys/:journeyId/non-punishment-notices')
export class NonPunishmentController {
  constructor(private readonly notifyProsecution: NotifyProsecution) {}

  @Post()
  @HttpCode(201)
  @Roles('prosecutor-liaison')
  @JourneyScoped({ from: 'path', joins: 'justice-authority' })
  @ApiOperation({ summary: 'Record that the prosecution was told the suspect is a presumed victim of trafficking (ATD Art 8)' })
  @ApiCreatedResponse({ description: '{ flagId, notifiedAt }; the same flag again answers with the first notice' })
  @ApiConflictResponse({ description: 'The flag was notified for another journey' })
  notify(@Param() { journeyId }: JourneyParamsDto, @Body() { flagId }: NonPunishmentNoticeDto, @CurrentPrincipal() principal: Principal) {
    return this.notifyProsecution.execute({ journeyId, flagId }, principal.subject);
  }
}
