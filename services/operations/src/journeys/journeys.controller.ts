import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@harbour/security';
import { analystCountry } from './analyst-country';
import { JourneyDirectory } from './journey-directory';
import { CancelObligationDto, JourneyParamsDto, JourneyQueryDto, ObligationParamsDto } from './journey-query.dto';
import { ObligationCancellation } from './obligation-cancellation';

@ApiTags('operations')
@ApiBearerAuth()
@Roles('operations-analyst')
@Controller('operations/journeys')
export class JourneysController {
  constructor(
    private readonly directory: JourneyDirectory,
    private readonly cancellation: ObligationCancellation,
  ) {}

  @Get()
  @ApiOperation({ summary: "The analyst's country's journeys, by next deadline, a page at a time" })
  @ApiOkResponse({ description: '{ journeys, nextCursor? }' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: JourneyQueryDto) {
    return this.directory.list(analystCountry(principal), query);
  }

  @Get(':journeyId')
  @ApiOperation({ summary: "One journey: its timeline of facts and outcomes, each with legal basis and rule pack, and its referrals" })
  @ApiOkResponse({ description: 'The journey view' })
  get(@CurrentPrincipal() principal: Principal, @Param() { journeyId }: JourneyParamsDto) {
    return this.directory.get(analystCountry(principal), journeyId);
  }

  @Post(':journeyId/obligations/:obligationId/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: "Cancel an obligation opened in error, through the journey's own update (audited; 409 with the journey's reason when it refuses)" })
  @ApiOkResponse({ description: 'The obligation, cancelled' })
  cancel(@CurrentPrincipal() principal: Principal, @Param() { journeyId, obligationId }: ObligationParamsDto, @Body() { reason }: CancelObligationDto) {
    return this.cancellation.cancel(principal, journeyId, obligationId, reason);
  }
}
