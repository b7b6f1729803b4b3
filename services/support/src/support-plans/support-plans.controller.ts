import { Body, Controller, Get, Param, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { ReferralParamsDto } from '../referrals/referrals.controller';
import { organisationOf } from '../principal/organisation-of';
import { ReferralErrorsFilter } from '../tasks/referral-errors.filter';
import { RecordSupport, SupportPlanView } from './record-support';
import { SupportNeedCode, SupportNeedCodes } from './support-needs';

export class NeedsAssessmentDto {
  @ApiProperty({ enum: SupportNeedCodes, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SupportNeedCodes.length)
  @ArrayUnique()
  @IsIn(SupportNeedCodes, { each: true })
  needs: SupportNeedCode[];

  @ApiPropertyOptional({ description: 'Case worker notes; personal, stored encrypted', maxLength: 4000 })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  notes?: string;
}

export class SupportPlanItemDto {
  @ApiProperty({ enum: SupportNeedCodes })
  @IsIn(SupportNeedCodes)
  need: SupportNeedCode;

  @ApiProperty({ description: 'The goal agreed with the victim; personal, stored encrypted', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  goal: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  reviewBy: string;
}

export class SupportPlanDto {
  @ApiProperty({ type: [SupportPlanItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SupportPlanItemDto)
  items: SupportPlanItemDto[];

  @ApiProperty({ description: 'Support continues beyond the recovery period' })
  @IsBoolean()
  longTermSupport: boolean;
}

/** Needs assessment and support plan, for the support case workers of the organisation that accepted the referral. */
@ApiTags('support plans')
@ApiBearerAuth()
@Roles('support-case-worker')
@UseFilters(ReferralErrorsFilter)
@Controller('referrals/:referralId')
export class SupportPlansController {
  constructor(private readonly support: RecordSupport) {}

  @Post('needs-assessment')
  @JourneyScoped({ from: 'record', record: 'referral', param: 'referralId' })
  @ApiOperation({ summary: "Record the victim's assessed needs (the referral must be accepted or in progress)" })
  async assessNeeds(@CurrentPrincipal() principal: Principal, @Param() { referralId }: ReferralParamsDto, @Body() dto: NeedsAssessmentDto) {
    const referral = await this.support.assessNeeds(organisationOf(principal), referralId, principal.subject, dto);
    return { referralId, needs: referral.needsAssessment?.needs, assessedAt: referral.needsAssessment?.assessedAt.toISOString() };
  }

  @Post('support-plan')
  @JourneyScoped({ from: 'record', record: 'referral', param: 'referralId' })
  @ApiOperation({ summary: 'Agree a support plan; publishes SupportPlanAgreed with the next review date' })
  agreePlan(@CurrentPrincipal() principal: Principal, @Param() { referralId }: ReferralParamsDto, @Body() dto: SupportPlanDto): Promise<SupportPlanView> {
    return this.support.agreePlan(organisationOf(principal), referralId, principal.subject, dto);
  }

  @Get('support-plan')
  @JourneyScoped({ from: 'record', record: 'referral', param: 'referralId' })
  @ApiOperation({ summary: 'The agreed support plan, goals included' })
  plan(@CurrentPrincipal() principal: Principal, @Param() { referralId }: ReferralParamsDto): Promise<SupportPlanView> {
    return this.support.plan(organisationOf(principal), referralId);
  }
}
