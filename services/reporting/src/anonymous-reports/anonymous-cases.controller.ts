import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ServedCountries } from '@harbour/contracts';
import { AuditLog, CurrentPrincipal, Principal, Roles } from '@harbour/security';
import { IsIn } from 'class-validator';
import { AnonymousCases, AnonymousCaseView } from './anonymous-cases';
import { MessageDto } from './anonymous-report.dto';

export class AnonymousCasesQuery {
  @ApiProperty({ example: 'BE' })
  @IsIn(ServedCountries, { message: 'country must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")' })
  country: string;
}

/**
 * Anonymous reports as responders handle them. First responders only: they are the role that
 * receives reports and acts on them (police, helplines, outreach), and the anonymity does not
 * rest on who reads — nothing stored can lead to the sender — so the reply comes from whoever
 * can act on the report. Support case workers are bound to one organisation and anonymous cases
 * are not handed to any.
 */
@ApiTags('anonymous reports (responders)')
@ApiBearerAuth()
@Roles('first-responder')
@Controller('anonymous-reports')
export class AnonymousCasesController {
  constructor(
    private readonly cases: AnonymousCases,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @ApiOperation({ summary: "Anonymous reports of a country, newest first (200 at most), without their messages" })
  @ApiOkResponse({ description: 'The reports' })
  list(@Query() query: AnonymousCasesQuery): Promise<Omit<AnonymousCaseView, 'messages'>[]> {
    return this.cases.ofCountry(query.country);
  }

  @Get(':reportId')
  @ApiOperation({ summary: 'An anonymous report with its conversation' })
  @ApiOkResponse({ description: 'The report with its messages' })
  async read(@Param('reportId', ParseUUIDPipe) reportId: string, @CurrentPrincipal() principal: Principal): Promise<AnonymousCaseView> {
    const report = await this.cases.byId(reportId);
    await this.audit.record({ actor: principal.subject, action: 'read-anonymous-report', resource: `anonymous-report/${reportId}`, journeyId: report.caseId });
    return this.cases.view(report);
  }

  @Post(':reportId/replies')
  @HttpCode(201)
  @ApiOperation({ summary: 'Reply to the sender, who reads it with the receipt code' })
  @ApiCreatedResponse({ description: '{ at }' })
  async reply(@Param('reportId', ParseUUIDPipe) reportId: string, @Body() reply: MessageDto, @CurrentPrincipal() principal: Principal): Promise<{ at: string }> {
    const report = await this.cases.byId(reportId);
    await this.audit.record({ actor: principal.subject, action: 'reply-anonymous-report', resource: `anonymous-report/${reportId}`, journeyId: report.caseId });
    return this.cases.addMessage(report, 'responder', reply.text, principal.subject);
  }
}
