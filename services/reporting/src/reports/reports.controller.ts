import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idempotentId, Keyring } from '@harbour/persistence';
import { ApiIdempotencyKey, IDEMPOTENT_REPLAYED_HEADER, IdempotencyKey } from '@harbour/service-runtime';
import { AuditLog, CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { CreateReportDto } from './create-report.dto';
import { ReceiveReport, ReportReceipt } from './receive-report';
import { ReportAccess, reportingOrganisationOf } from './report-access';
import { ReportView, viewReport } from './report.view';


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
  @JourneyScoped({ from: 'response', joins: 'reported' })
  @HttpCode(201)
  @Roles('first-responder', 'service')
  @ApiOperation({ summary: 'Record a crime report about a victim (police, online, third party); the victim journey follows from it' })
  @ApiIdempotencyKey('the receipt of the report')
  @ApiCreatedResponse({ description: '{ reportId, journeyId, receivedAt }' })
  async create(
    @Body() report: CreateReportDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Omit<ReportReceipt, 'replayed'>> {
    const { channel, victimReference, thirdParty, residencyStatus, journeyId, ...facts } = report;
    const reportingOrganisation = reportingOrganisationOf(principal);
    const { replayed, ...receipt } = await this.receiveReport.execute({
      reportId: idempotencyKey ? idempotentId(principal.subject, idempotencyKey) : randomUUID(),
      channel,
      facts,
      personal: { victimReference, residencyStatus, thirdPartyRelation: thirdParty?.relation },
      journeyLink: { party: reportingOrganisation, reference: victimReference, ...(journeyId ? { journeyId } : {}) },
      receivedBy: principal.subject,
      reportingOrganisation,
      actingOrganisationId: principal.organisationId,
      victimConsentRecorded: thirdParty?.victimConsent,
    });
    if (replayed) response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return receipt;
  }

  @Get(':reportId')
  @JourneyScoped({ from: 'record', record: 'report', param: 'reportId' })
  @Roles('first-responder', 'nrm-decision-maker', 'prosecutor-liaison')
  @ApiOperation({ summary: 'A report with its personal fields; residency status only for roles that may read it (support, NRM)' })
  @ApiOkResponse({ description: 'The report' })
  async read(@Param('reportId', ParseUUIDPipe) reportId: string, @CurrentPrincipal() principal: Principal): Promise<ReportView> {
    const report = await this.access.reportFor(principal, reportId);
    await this.audit.record({ actor: principal.subject, action: 'read-report', resource: `report/${reportId}`, journeyId: report.journeyId });
    // How to reach the victim is what an abuser looks for: its reading has an entry of its own.
    if (report.personal?.contact) await this.audit.record({ actor: principal.subject, action: 'read-victim-contact', resource: `report/${reportId}/contact`, journeyId: report.journeyId });
    return viewReport(report, principal, this.keyring);
  }
}
