import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { JourneyParamsDto } from '../shared/request-params.dto';
import { JourneyFlags, JourneyFlagsView } from './journey-flags';

@ApiTags('journey-flags')
@ApiBearerAuth()
@Controller('journeys/:journeyId/flags')
export class JourneyFlagsController {
  constructor(private readonly flags: JourneyFlags) {}

  @Get()
  @JourneyScoped()
  // Those who could remove, prosecute or must protect the person need to see the flags; they hold codes only.
  @Roles('first-responder', 'nrm-decision-maker', 'protection-officer', 'prosecutor-liaison', 'support-case-worker')
  @ApiOperation({ summary: 'The journey\'s protective flags: "do not remove", child presumption and guardian, non-punishment' })
  @ApiOkResponse({ type: JourneyFlagsView })
  read(@Param() { journeyId }: JourneyParamsDto, @CurrentPrincipal() principal: Principal): Promise<JourneyFlagsView> {
    return this.flags.of(journeyId, principal);
  }
}
