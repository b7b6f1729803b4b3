import { Body, Controller, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, IDEMPOTENT_REPLAYED_HEADER, IdempotencyKey } from '@harbour/service-runtime';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import type { Response } from 'express';
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
  @JourneyScoped({ from: 'path', joins: 'compensation-authority' })
  @ApiOperation({ summary: 'Open a claim against the offender, to the state fund, or to the dedicated fund when the perpetrator is unknown' })
  @ApiCreatedResponse({ type: ClaimView })
  @ApiIdempotencyKey('the claim')
  async open(
    @CurrentPrincipal() principal: Principal,
    @Param() { journeyId }: JourneyParamsDto,
    @Body() claim: OpenClaimDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ClaimView> {
    const opened = await this.openClaim.execute({ journeyId, claim, actor: principal.subject, organisationId: principal.organisationId, idempotencyKey });
    if (opened.replayed) response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return toClaimView(opened.claim);
  }
}
