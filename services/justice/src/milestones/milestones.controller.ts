import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { InboundMilestoneDto } from './inbound-milestone.dto';
import { MilestoneReceipt, RecordMilestone } from './record-milestone';

@ApiTags('milestones')
@ApiBearerAuth()
@Controller('milestones')
export class MilestonesController {
  constructor(private readonly recordMilestone: RecordMilestone) {}

  @Post()
  @HttpCode(201)
  @Roles('service', 'prosecutor-liaison')
  @JourneyScoped({ from: 'body', joins: 'justice-authority' })
  @ApiOperation({ summary: 'Record a milestone of the criminal proceedings; the same as the inbound topic, for systems that speak HTTP' })
  @ApiCreatedResponse({ description: '{ milestoneId, journeyId, recordedAt }; a message id sent again answers with the first (Idempotent-Replayed: true)' })
  @ApiConflictResponse({ description: 'The message id was recorded before with different content' })
  async record(
    @Body() milestone: InboundMilestoneDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Omit<MilestoneReceipt, 'replayed'>> {
    const { replayed, ...receipt } = await this.recordMilestone.execute({ milestone, receivedVia: 'http', receivedBy: principal.subject, organisationId: principal.organisationId });
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return receipt;
  }
}
