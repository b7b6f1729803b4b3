import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, ParticipationBasisOf, Principal, Roles } from '@harbour/security';
import { JourneyParamsDto } from '../facts/journey-params.dto';
import { NotificationPreferencesDto } from './notification-preferences.dto';
import { RecordNotificationPreferences } from './record-notification-preferences';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('journeys/:journeyId/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly recordPreferences: RecordNotificationPreferences) {}

  @Put()
  @HttpCode(200)
  @Roles('support-case-worker')
  @JourneyScoped()
  @ApiOperation({ summary: 'Record what the victim wants to be told of (VRD Art 6), in which language, on which safe channel' })
  @ApiOkResponse({ description: '{ journeyId, recordedAt }' })
  record(@Param() { journeyId }: JourneyParamsDto, @Body() choices: NotificationPreferencesDto, @CurrentPrincipal() principal: Principal, @ParticipationBasisOf() basis: string) {
    return this.recordPreferences.execute({ journeyId, choices, recordedBy: principal.subject, basis });
  }
}
