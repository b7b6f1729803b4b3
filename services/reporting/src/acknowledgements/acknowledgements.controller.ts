import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBase64, Matches, MaxLength } from 'class-validator';
import { ComplaintAcknowledgementResult, LANGUAGE_CODE } from '@harbour/contracts';
import { AuditLog, CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { ReportAccess } from '../reports/report-access';
import { IssueAcknowledgement } from './issue-acknowledgement';
import { RecordAcknowledgementTranslation } from './record-acknowledgement-translation';

export class AcknowledgementTranslationDto {
  @ApiProperty({ example: 'ro', description: "The victim's language the acknowledgement was translated into (ISO 639-1)" })
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "ro"' })
  language: string;

  @ApiProperty({ description: 'The translated acknowledgement, a PDF in base64' })
  @IsBase64(undefined, { message: 'document must be the translated PDF in base64' })
  @MaxLength(60_000, { message: 'document must be at most 60000 characters of base64 (about 45 KB of PDF)' })
  document: string;
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/:reportId')
export class AcknowledgementsController {
  constructor(
    private readonly issueAcknowledgement: IssueAcknowledgement,
    private readonly recordTranslation: RecordAcknowledgementTranslation,
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

  @Post('acknowledgement/translation')
  @JourneyScoped({ from: 'record', record: 'report', param: 'reportId' })
  @HttpCode(201)
  @Roles('first-responder')
  @ApiOperation({ summary: "Record the translation of an acknowledgement issued in a fallback language into the victim's (VRD Art 5(3)); only then is Art 5 met" })
  @ApiCreatedResponse({ description: '{ reportId, language, acknowledgedAt, documentSha256 } of the translated document; the same again when repeated' })
  @ApiConflictResponse({ description: 'No translation is waiting, or it is into another language, or the document is not a PDF' })
  async translate(
    @Param('reportId', ParseUUIDPipe) reportId: string,
    @Body() { language, document }: AcknowledgementTranslationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ComplaintAcknowledgementResult> {
    const report = await this.access.reportFor(principal, reportId);
    return this.recordTranslation.execute(report, { language, document: Buffer.from(document, 'base64') }, principal.subject);
  }

  /** The evidence itself: the organisation that took the complaint, prosecution and auditors. */
  @Get('acknowledgement.pdf')
  @JourneyScoped({ from: 'record', record: 'report', param: 'reportId' })
  @Roles('first-responder', 'prosecutor-liaison', 'auditor')
  @ApiOperation({ summary: "The acknowledgement PDF in the victim's language once translated, else as issued (its SHA-256 is in the ComplaintAcknowledged fact)" })
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
