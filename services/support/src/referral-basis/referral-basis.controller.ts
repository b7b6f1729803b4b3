import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { ReferralBasisRecording, ReferralBasisRecordings } from './referral-basis';
import { ReferralBasisRepository } from './referral-basis.repository';

export class JourneyParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  journeyId: string;
}

export class RecordReferralBasisDto {
  @ApiProperty({ enum: ReferralBasisRecordings, description: "The victim's consent, a legal basis to refer without it, or the victim's objection" })
  @IsIn(ReferralBasisRecordings)
  basis: ReferralBasisRecording;
}

export interface ReferralBasisView {
  journeyId: string;
  basis: ReferralBasisRecording;
  recordedAt: string;
}

@ApiTags('referral basis')
@ApiBearerAuth()
@Roles('first-responder', 'nrm-decision-maker', 'support-case-worker')
@Controller('journeys/:journeyId/referral-basis')
export class ReferralBasisController {
  constructor(private readonly bases: ReferralBasisRepository) {}

  @Put()
  @JourneyScoped()
  @ApiOperation({ summary: 'Record on what basis the journey may be referred to support organisations (or that the victim objects)' })
  async record(@CurrentPrincipal() principal: Principal, @Param() { journeyId }: JourneyParamsDto, @Body() { basis }: RecordReferralBasisDto): Promise<ReferralBasisView> {
    const record = await this.bases.record(journeyId, basis, principal.subject);
    return { journeyId, basis: record.basis, recordedAt: record.recordedAt.toISOString() };
  }
}
