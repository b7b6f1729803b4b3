import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { IsWithinCalendarYears, LANGUAGE_CODE, Specialism, Specialisms } from '@harbour/contracts';
import { assertSameOrganisation, CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { Page, PageQueryDto } from '../paging/page';
import { organisationOf } from '../principal/organisation-of';
import { JourneyParamsDto } from '../referral-basis/referral-basis.controller';
import { SupportNeedCode, SupportNeedCodes } from '../support-plans/support-needs';
import { PlanReturns } from './plan-returns';
import { ReturnsRepository } from './returns.repository';
import { toReceivedReferralView, toReturnView } from './return-views';
import { OrganisationParamsDto } from '../tasks/task-requests.dto';

export class PlanReturnDto {
  @ApiProperty({ example: 'RO', description: 'Country of return (ISO 3166-1 alpha-2)' })
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @Matches(/^[A-Z]{2}$/, { message: 'toCountry must be an ISO 3166-1 alpha-2 code such as "NL"' })
  toCountry: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true }, { message: 'departureDate must be an ISO 8601 date-time such as "2026-04-20T08:00:00Z"' })
  @IsWithinCalendarYears()
  departureDate: string;
}

export class ReturnPlanDto {
  @ApiProperty({ example: 'RA-2026-0042', description: 'Reference of the risk assessment held by the assessing authority (not its content)' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, { message: 'riskAssessmentReference must be a reference of letters, digits and . _ / - (at most 64)' })
  riskAssessmentReference: string;

  @ApiProperty({ enum: Specialisms })
  @IsIn(Specialisms)
  specialism: Specialism;

  @ApiProperty({ example: 'ro', description: 'A language the person understands (ISO 639-1)' })
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  child?: boolean;

  @ApiProperty({ enum: SupportNeedCodes, isArray: true })
  @IsArray()
  @ArrayMaxSize(SupportNeedCodes.length)
  @ArrayUnique()
  @IsIn(SupportNeedCodes, { each: true })
  needs: SupportNeedCode[];

  @ApiProperty()
  @IsBoolean()
  longTermSupport: boolean;
}

export class ReturnParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  returnId: string;
}

/** Safe return with a cross-border referral (CETS 197 Art 16), for support case workers; each organisation sees its own returns. */
@ApiTags('returns')
@ApiBearerAuth()
@Roles('support-case-worker')
@Controller()
export class ReturnsController {
  constructor(
    private readonly returns: PlanReturns,
    private readonly plannedReturns: ReturnsRepository,
  ) {}

  @Get('organisations/:orgId/cross-border-referrals')
  @ApiOperation({ summary: 'Referrals from abroad for people returning to this organisation\'s country, summarised in its language, the oldest first' })
  received(@CurrentPrincipal() principal: Principal, @Param() { orgId }: OrganisationParamsDto, @Query() query: PageQueryDto): Promise<Page<ReturnType<typeof toReceivedReferralView>>> {
    assertSameOrganisation(principal, orgId);
    return this.plannedReturns.referredTo(orgId, query, toReceivedReferralView);
  }

  @Post('journeys/:journeyId/returns')
  @JourneyScoped()
  @ApiOperation({ summary: 'Record a planned return; publishes ReturnPlanned (the plan is due 10 days before departure)' })
  async plan(@CurrentPrincipal() principal: Principal, @Param() { journeyId }: JourneyParamsDto, @Body() dto: PlanReturnDto) {
    const planned = await this.returns.plan({ journeyId, organisationId: organisationOf(principal), actor: principal.subject, toCountry: dto.toCountry, departureDate: new Date(dto.departureDate) });
    return toReturnView(planned);
  }

  @Post('returns/:returnId/plan')
  @JourneyScoped({ from: 'record', record: 'return', param: 'returnId' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Make the return plan ready: risk assessment reference and a referral in the country of return, summarised in its language' })
  async makeReady(@CurrentPrincipal() principal: Principal, @Param() { returnId }: ReturnParamsDto, @Body() dto: ReturnPlanDto) {
    const ready = await this.returns.makeReady({
      organisationId: organisationOf(principal),
      returnId,
      riskAssessmentReference: dto.riskAssessmentReference,
      specialism: dto.specialism,
      victimLanguage: dto.language,
      child: dto.child ?? false,
      needs: dto.needs,
      longTermSupport: dto.longTermSupport,
    });
    return toReturnView(ready);
  }

  @Get('returns/:returnId')
  @JourneyScoped({ from: 'record', record: 'return', param: 'returnId' })
  @ApiOperation({ summary: 'A planned return and, once ready, its cross-border referral' })
  async find(@CurrentPrincipal() principal: Principal, @Param() { returnId }: ReturnParamsDto) {
    return toReturnView(await this.returns.find(organisationOf(principal), returnId));
  }
}
