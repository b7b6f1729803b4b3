import { BadRequestException, Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@harbour/security';
import type { Response } from 'express';
import { CreateReportDto } from './create-report.dto';
import { ReceiveReport, ReportReceipt } from './receive-report';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly receiveReport: ReceiveReport) {}

  @Post()
  @HttpCode(201)
  @Roles('first-responder', 'service')
  @ApiOperation({ summary: 'Record a crime report about a victim; the victim journey follows from it' })
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
    const { replayed, ...receipt } = await this.receiveReport.execute({
      report,
      receivedBy: principal.subject,
      reportingParty: principal.organisationId ?? principal.subject,
      idempotencyKey,
    });
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return receipt;
  }
}
