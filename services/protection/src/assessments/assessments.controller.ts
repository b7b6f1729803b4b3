import { ArgumentsHost, BadRequestException, Body, Catch, Controller, Get, HttpCode, NotFoundException, Param, Post, UseFilters } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Keyring } from '@harbour/persistence';
import { AuditLog, CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { IdParamsDto, JourneyParamsDto } from '../journey-params.dto';
import { AnswersRefusedError, AssessProtectionNeeds } from './assess-protection-needs';
import { AssessmentDetails } from './assessment';
import { AssessmentDto } from './assessment-requests.dto';
import { AssessmentRepository } from './assessment.repository';
import { AssessmentView, FindingsView, readerOf, RiskLevelView, toAssessmentView, toFindingsView, toRiskLevelView } from './assessment.views';

/** Answers that do not fit their questionnaire → 400 naming each problem. */
@Catch(AnswersRefusedError)
class AnswersRefusedFilter extends BaseExceptionFilter {
  override catch(error: AnswersRefusedError, host: ArgumentsHost): void {
    super.catch(new BadRequestException(error.problems), host);
  }
}

@ApiTags('assessments')
@ApiBearerAuth()
@UseFilters(AnswersRefusedFilter)
@Controller()
export class AssessmentsController {
  constructor(
    private readonly assessProtectionNeeds: AssessProtectionNeeds,
    private readonly assessments: AssessmentRepository,
    private readonly keyring: Keyring,
    private readonly auditLog: AuditLog,
  ) {}

  @Post('journeys/:journeyId/assessments')
  @JourneyScoped({ from: 'path', joins: 'protection-authority' })
  @HttpCode(201)
  @Roles('protection-officer')
  @ApiOperation({ summary: "Assess the victim's specific protection needs (VRD Art 22) from the questionnaire's answers" })
  @ApiCreatedResponse({ type: AssessmentView, description: 'The assessment without the answers just given' })
  async assess(@Param() { journeyId }: JourneyParamsDto, @Body() body: AssessmentDto, @CurrentPrincipal() principal: Principal): Promise<AssessmentView> {
    const { assessment, details } = await this.assessProtectionNeeds.execute({ journeyId, ...body, completedBy: principal.subject });
    return toAssessmentView(assessment, details, false);
  }

  @Get('assessments/:id')
  @JourneyScoped({ from: 'record', record: 'assessment', param: 'id' })
  @Roles('protection-officer', 'prosecutor-liaison', 'support-case-worker')
  @ApiOperation({ summary: 'An assessment: answers for protection officers, findings for prosecutor liaisons, the risk level for support case workers' })
  @ApiOkResponse({ type: AssessmentView })
  async read(@Param() { id }: IdParamsDto, @CurrentPrincipal() principal: Principal): Promise<AssessmentView | FindingsView | RiskLevelView> {
    const reader = readerOf(principal.roles);
    const assessment = await this.assessments.findById(id);
    if (!assessment) throw new NotFoundException(`assessment ${id} not found`);
    if (reader === 'support-case-worker') return toRiskLevelView(assessment);
    // Opening the sealed details is access to personal data: it is audited first.
    const withAnswers = reader === 'protection-officer';
    await this.auditLog.record({ actor: principal.subject, action: withAnswers ? 'read-assessment-answers' : 'read-assessment-findings', resource: `assessment/${id}`, journeyId: assessment.journeyId });
    const details = await this.open(assessment.journeyId, assessment.sealedDetails);
    return withAnswers ? toAssessmentView(assessment, details, true) : toFindingsView(assessment, details);
  }

  @Get('journeys/:journeyId/risk-level')
  @JourneyScoped()
  @Roles('protection-officer', 'prosecutor-liaison', 'support-case-worker')
  @ApiOperation({ summary: "The risk level of the journey's latest assessment: what a support case worker, who knows the journey from a referral, may read" })
  @ApiOkResponse({ type: RiskLevelView })
  async riskLevel(@Param() { journeyId }: JourneyParamsDto): Promise<RiskLevelView> {
    const latest = await this.assessments.latest(journeyId);
    if (!latest) throw new NotFoundException(`journey ${journeyId} has no assessment yet`);
    return toRiskLevelView(latest);
  }

  private async open(journeyId: string, sealedDetails: string): Promise<AssessmentDetails> {
    return JSON.parse(await this.keyring.decrypt(journeyId, sealedDetails)) as AssessmentDetails;
  }
}
