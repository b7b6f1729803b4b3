import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '@harbour/security';
import { ResponseHeaders } from '../http/response-headers';
import { AnonymousCases, AnonymousCaseView } from './anonymous-cases';
import { AnonymousRateLimitGuard } from './anonymous-rate-limit.guard';
import { AnonymousReportDto, ConversionDto, MessageDto } from './anonymous-report.dto';
import { ConversionReceipt, ConvertAnonymousReport } from './convert-anonymous-report';
import { ReceiptCode, RECEIPT_CODE_HEADER } from './receipt-code.decorator';
import { AnonymousReceipt, SubmitAnonymousReport } from './submit-anonymous-report';

const receiptCodeHeader = ApiHeader({ name: RECEIPT_CODE_HEADER, required: true, description: 'The receipt code given when the report was sent' });

/**
 * What the sender of an anonymous report can do, without a token: send it, then, with the
 * receipt code, read replies, add messages, and turn it into a named report. Rate-limited per
 * client; answers are never cached.
 */
@ApiTags('anonymous reports (sender)')
@Public()
@UseGuards(AnonymousRateLimitGuard)
@ResponseHeaders({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
@ApiTooManyRequestsResponse({ description: 'Too many requests from this client; Retry-After says when to try again' })
@Controller('anonymous-reports')
export class AnonymousReporterController {
  constructor(
    private readonly submit: SubmitAnonymousReport,
    private readonly cases: AnonymousCases,
    private readonly convert: ConvertAnonymousReport,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Send an anonymous report; the answer holds the receipt code, shown this once', security: [] })
  @ApiCreatedResponse({ description: '{ reportId, receiptCode }' })
  send(@Body() report: AnonymousReportDto): Promise<AnonymousReceipt> {
    return this.submit.execute(report);
  }

  @Get('follow-up')
  @receiptCodeHeader
  @ApiOperation({ summary: 'The report and its conversation, for the holder of the receipt code', security: [] })
  @ApiOkResponse({ description: 'The report with its messages and replies' })
  @ApiNotFoundResponse({ description: 'The receipt code is not known' })
  async followUp(@ReceiptCode() code: string): Promise<AnonymousCaseView> {
    return this.cases.view(await this.cases.byReceiptCode(code));
  }

  @Post('follow-up/messages')
  @HttpCode(201)
  @receiptCodeHeader
  @ApiOperation({ summary: 'Add a message to the anonymous report', security: [] })
  @ApiCreatedResponse({ description: '{ at }' })
  async addMessage(@ReceiptCode() code: string, @Body() message: MessageDto): Promise<{ at: string }> {
    return this.cases.addMessage(await this.cases.byReceiptCode(code), 'reporter', message.text);
  }

  @Post('conversion')
  @HttpCode(201)
  @receiptCodeHeader
  @ApiOperation({ summary: 'Turn the anonymous report into a named report on a victim journey', security: [] })
  @ApiCreatedResponse({ description: '{ reportId (the named report), linkedAt }' })
  async conversion(@ReceiptCode() code: string, @Body() named: ConversionDto): Promise<ConversionReceipt> {
    return this.convert.execute(await this.cases.byReceiptCode(code), named);
  }
}
