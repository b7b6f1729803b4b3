import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { AuditLog, CurrentPrincipal, JourneyScoped, ParticipationBasisOf, Principal, Roles } from '@harbour/security';
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
  constructor(
    private readonly bases: ReferralBasisRepository,
    private readonly audit: AuditLog,
  ) {}

  @Put()
  @JourneyScoped()
  @ApiOperation({ summary: 'Record on what basis the journey may be referred to support organisations (or that the victim objects)' })
  async record(
    @CurrentPrincipal() principal: Principal,
    @Param() { journeyId }: JourneyParamsDto,
    @Body() { basis }: RecordReferralBasisDto,
    @ParticipationBasisOf() recordedAs: string,
  ): Promise<ReferralBasisView> {
    const recordedAt = new Date();
    const replaced = await this.bases.record(journeyId, { basis, recordedAt, recordedBy: principal.subject, recordedAs });
    // Whether a victim is referred at all: every change is in the audit log.
    const action = replaced ? 'referral-basis.changed' : 'referral-basis.recorded';
    await this.audit.record({ actor: principal.subject, action, resource: `referral-basis/${journeyId}`, journeyId });
    return { journeyId, basis, recordedAt: recordedAt.toISOString() };
  }
}
