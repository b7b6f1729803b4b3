import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import type { Response } from 'express';
import { TransmissionReceipt, TransmitComplaint } from './transmit-complaint';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/:reportId/transmissions')
export class TransmissionsController {
  constructor(private readonly transmitComplaint: TransmitComplaint) {}

  /**
   * First responders only: under VRD Art 17 the authority that received the complaint passes it
   * on, so the organisation that recorded the report answers for its transmission. A machine
   * client (`service`) records reports but does not decide to pass a complaint abroad.
   */
  @Post()
  @JourneyScoped({ from: 'record', record: 'report', param: 'reportId' })
  @HttpCode(201)
  @Roles('first-responder')
  @ApiOperation({ summary: 'Record that a cross-border complaint was passed on to the country where the crime took place (VRD Art 17)' })
  @ApiCreatedResponse({ description: '{ reportId, transmissionId, toCountry, transmittedAt }; the first transmission again when repeated' })
  @ApiConflictResponse({ description: 'The report is not a formal complaint about a crime abroad' })
  async transmit(
    @Param('reportId', ParseUUIDPipe) reportId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Omit<TransmissionReceipt, 'replayed'>> {
    const { replayed, ...receipt } = await this.transmitComplaint.execute(principal, reportId);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return receipt;
  }
}
