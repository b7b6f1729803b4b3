import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@harbour/security';
import type { Response } from 'express';
import { analystCountry } from '../journeys/analyst-country';
import { MonitoringQueryDto } from './monitoring-query.dto';
import { monitoringCsv, MonitoringReport } from './monitoring-report';

@ApiTags('operations')
@ApiBearerAuth()
@Roles('operations-analyst')
@Controller('operations/monitoring')
export class MonitoringController {
  constructor(private readonly report: MonitoringReport) {}

  @Get()
  @ApiOperation({ summary: "How the analyst's country honoured each right, per month: outcomes counted, small cells suppressed; JSON or CSV" })
  @ApiOkResponse({ description: '{ country, from, to, suppressionThreshold, rows }, or text/csv' })
  async get(@CurrentPrincipal() principal: Principal, @Query() query: MonitoringQueryDto, @Res({ passthrough: true }) response: Response) {
    const report = await this.report.of(analystCountry(principal), query);
    if (query.format !== 'csv') return report;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="harbour-monitoring-${report.country}-${report.from}-${report.to}.csv"`);
    return monitoringCsv(report);
  }
}
