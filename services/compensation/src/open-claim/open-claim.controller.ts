import { Body, Controller, Param, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@harbour/security';
import { ClaimErrorsFilter } from '../claims/claim-errors.filter';
import { JourneyParamsDto } from '../claims/claim-requests.dto';
import { ClaimView, toClaimView } from '../claims/claim.view';
import { OpenClaim } from './open-claim';
import { OpenClaimDto } from './open-claim.dto';

@ApiTags('claims')
@ApiBearerAuth()
@Roles('compensation-officer')
@UseFilters(ClaimErrorsFilter)
@Controller('journeys/:journeyId/claims')
export class OpenClaimController {
  constructor(private readonly openClaim: OpenClaim) {}

  @Post()
  @ApiOperation({ summary: 'Open a claim against the offender, to the state fund, or to the dedicated fund when the perpetrator is unknown' })
  @ApiCreatedResponse({ type: ClaimView })
  async open(@CurrentPrincipal() principal: Principal, @Param() { journeyId }: JourneyParamsDto, @Body() claim: OpenClaimDto): Promise<ClaimView> {
    return toClaimView(await this.openClaim.execute({ journeyId, claim, actor: principal.subject }));
  }
}
