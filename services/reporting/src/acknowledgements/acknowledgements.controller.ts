import { Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ComplaintAcknowledgementResult } from '@harbour/contracts';
import { AuditLog, CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { ReportAccess } from '../reports/report-access';
import { IssueAcknowledgement } from './issue-acknowledgement';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/:reportId')
export class AcknowledgementsController {
  constructor(
    private readonly issueAcknowledgement: IssueAcknowledgement,
    private readonly access: ReportAccess,
    private readonly audit: AuditLog,
  ) {}

  @Post('acknowledgement')
  @JourneyScoped({ from: 'record', record: 'report', param: 'reportId' })
  @HttpCode(201)
  @Roles('first-responder')
  @ApiOperation({ summary: "Issue the written acknowledgement of a formal complaint (VRD Art 5) in the victim's language" })
  @ApiCreatedResponse({ description: '{ reportId, language, acknowledgedAt, documentSha256 }; the first acknowledgement again when repeated' })
  @ApiConflictResponse({ description: 'The report is not a formal complaint' })
  async issue(@Param('reportId', ParseUUIDPipe) reportId: string, @CurrentPrincipal() principal: Principal): Promise<ComplaintAcknowledgementResult> {
    return this.issueAcknowledgement.execute(await this.access.reportFor(principal, reportId), principal.subject);
  }

  /** The evidence itself: the organisation that took the complaint, prosecution and auditors. */
  @Get('acknowledgement.pdf')
  @JourneyScoped({ from: 'record', record: 'report', param: 'reportId' })
  @Roles('first-responder', 'prosecutor-liaison', 'auditor')
  @ApiOperation({ summary: 'The acknowledgement PDF as issued (its SHA-256 is in the ComplaintAcknowledged fact)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF' })
  async document(@Param('reportId', ParseUUIDPipe) reportId: string, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const report = await this.access.reportFor(principal, reportId);
    const pdf = await this.issueAcknowledgement.document(report);
    if (!pdf) throw new NotFoundException(`report ${reportId} has no acknowledgement yet`);
    await this.audit.record({ actor: principal.subject, action: 'read-acknowledgement', resource: `report/${reportId}`, journeyId: report.journeyId });
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="acknowledgement-${reportId}.pdf"` });
  }
}
