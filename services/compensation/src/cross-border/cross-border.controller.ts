import { Body, Controller, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, IDEMPOTENT_REPLAYED_HEADER, IdempotencyKey } from '@harbour/service-runtime';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import type { Response } from 'express';
import { ClaimErrorsFilter } from '../claims/claim-errors.filter';
import { JourneyParamsDto } from '../claims/claim-requests.dto';
import { ClaimView, toClaimView } from '../claims/claim.view';
import { CrossBorderApplicationDto } from './cross-border-application.dto';
import { ReceiveCrossBorderApplication } from './receive-cross-border-application';

@ApiTags('cross-border')
@ApiBearerAuth()
@Roles('compensation-officer')
@UseFilters(ClaimErrorsFilter)
@Controller('journeys/:journeyId/cross-border-applications')
export class CrossBorderController {
  constructor(private readonly receiveApplication: ReceiveCrossBorderApplication) {}

  @Post()
  @JourneyScoped({ from: 'path', joins: 'compensation-authority' })
  @ApiOperation({ summary: "The assisting authority (victim's country of residence) receives an application for a crime in another Member State" })
  @ApiCreatedResponse({ type: ClaimView })
  @ApiIdempotencyKey('the claim')
  async receive(
    @CurrentPrincipal() principal: Principal,
    @Param() { journeyId }: JourneyParamsDto,
    @Body() application: CrossBorderApplicationDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ClaimView> {
    const received = await this.receiveApplication.execute({ journeyId, application, actor: principal.subject, idempotencyKey });
    if (received.replayed) response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return toClaimView(received.claim);
  }
}
