import { BadRequestException, Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idempotentId, Keyring } from '@harbour/persistence';
import { AuditLog, CurrentPrincipal, Principal, Roles } from '@harbour/security';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { CreateReportDto } from './create-report.dto';
import { ReceiveReport, ReportReceipt } from './receive-report';
import { ReportAccess, reportingOrganisationOf } from './report-access';
import { ReportView, viewReport } from './report.view';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly receiveReport: ReceiveReport,
    private readonly access: ReportAccess,
    private readonly keyring: Keyring,
    private readonly audit: AuditLog,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('first-responder', 'service')
  @ApiOperation({ summary: 'Record a crime report about a victim (police, online, third party); the victim journey follows from it' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry-safe key: the same key returns the first receipt' })
  @ApiCreatedResponse({ description: '{ reportId, journeyId, receivedAt }' })
  async create(
    @Body() report: CreateReportDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Omit<ReportReceipt, 'replayed'>> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new BadRequestException('Idempotency-Key must be 8 to 128 letters, digits, "-" or "_"');
    }
    const { channel, victimReference, thirdParty, residencyStatus, ...facts } = report;
    const reportingOrganisation = reportingOrganisationOf(principal);
    const { replayed, ...receipt } = await this.receiveReport.execute({
      reportId: idempotencyKey ? idempotentId(principal.subject, idempotencyKey) : randomUUID(),
      channel,
      facts,
      personal: { victimReference, residencyStatus, thirdPartyRelation: thirdParty?.relation },
      journeyLink: { party: reportingOrganisation, reference: victimReference },
      receivedBy: principal.subject,
      reportingOrganisation,
      victimConsentRecorded: thirdParty?.victimConsent,
    });
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return receipt;
  }

  @Get(':reportId')
  @Roles('first-responder', 'nrm-decision-maker', 'prosecutor-liaison')
  @ApiOperation({ summary: 'A report with its personal fields; residency status only for roles that may read it (support, NRM)' })
  @ApiOkResponse({ description: 'The report' })
  async read(@Param('reportId', ParseUUIDPipe) reportId: string, @CurrentPrincipal() principal: Principal): Promise<ReportView> {
    const report = await this.access.reportFor(principal, reportId);
    await this.audit.record({ actor: principal.subject, action: 'read-report', resource: `report/${reportId}`, journeyId: report.journeyId });
    return viewReport(report, principal, this.keyring);
  }
}
