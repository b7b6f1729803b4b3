import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@harbour/security';
import { analystCountry } from './analyst-country';
import { JourneyDirectory } from './journey-directory';
import { JourneyParamsDto, JourneyQueryDto } from './journey-query.dto';

@ApiTags('operations')
@ApiBearerAuth()
@Roles('operations-analyst')
@Controller('operations/journeys')
export class JourneysController {
  constructor(private readonly directory: JourneyDirectory) {}

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
}
