import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { JourneyParamsDto } from '../facts/journey-params.dto';
import { RecordVictimInformation } from './record-victim-information';
import { VictimInformationDto } from './victim-information.dto';

@ApiTags('victim information')
@ApiBearerAuth()
@Controller('journeys/:journeyId/victim-information')
export class VictimInformationController {
  constructor(private readonly recordInformation: RecordVictimInformation) {}

  @Post()
  @HttpCode(201)
  @Roles('first-responder', 'support-case-worker')
  @JourneyScoped()
  @ApiOperation({ summary: 'Record that the victim was given the VRD Art 4 information, in which language and how' })
  @ApiCreatedResponse({ description: '{ informationId, providedAt }' })
  record(@Param() { journeyId }: JourneyParamsDto, @Body() information: VictimInformationDto, @CurrentPrincipal() principal: Principal) {
    return this.recordInformation.execute({ journeyId, information, recordedBy: principal.subject });
  }
}
