import { Body, ConflictException, Controller, Get, Header, HttpCode, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Principal, Public, TokenVerifier } from '@harbour/security';
import { PAGE_STYLESHEET, PageTexts, sendPage } from '@harbour/service-runtime';
import type { Request, Response } from 'express';
import { DeadLetterDesk } from '../dead-letters/dead-letter-desk';
import { ConsoleDeadLetterActionParamsDto, ConsoleDeadLetterQueryDto, DeadLetterActionDto } from '../dead-letters/dead-letter.dto';
import { JourneyDirectory } from '../journeys/journey-directory';
import { ConsoleMonitoringQueryDto } from '../monitoring/monitoring-query.dto';
import { monitoringCsv, MonitoringReport } from '../monitoring/monitoring-report';
import { ConsoleQueryDto, JourneyParamsDto } from '../journeys/journey-query.dto';
import { OperationsConfig } from '../operations-config';
import { analystOf, CONSOLE_SESSION } from './console-session';
import { renderJourney, renderJourneyList, renderNotFound, renderSignIn } from './render-console';
import { DeadLetterNotice, renderDeadLetters } from './render-dead-letters';
import { renderMonitoring } from './render-monitoring';

/**
 * The operations console. Its pages are reached by a browser, which cannot send a bearer
 * header, so the analyst's token travels in a console-only HttpOnly cookie and is verified on
 * every page exactly as the API verifies it.
 */
@ApiExcludeController()
@Public()
@Controller('console')
export class ConsoleController {
  constructor(
    private readonly texts: PageTexts,
    private readonly verifier: TokenVerifier,
    private readonly directory: JourneyDirectory,
    private readonly desk: DeadLetterDesk,
    private readonly monitoring: MonitoringReport,
    private readonly config: OperationsConfig,
  ) {}

  @Get()
  async journeys(@Req() request: Request, @Res() response: Response, @Query() query: ConsoleQueryDto): Promise<void> {
    const texts = this.texts.in(query.lang);
    const analyst = await analystOf(this.verifier, CONSOLE_SESSION.token(request));
    if (!analyst) return sendPage(response, 401, renderSignIn(texts, this.texts.languages, false));
    const page = await this.directory.list(analyst.country, query);
    sendPage(response, 200, renderJourneyList(texts, this.texts.languages, analyst.country, query, page));
  }

  @Get('journeys/:journeyId')
  async journey(@Req() request: Request, @Res() response: Response, @Param() { journeyId }: JourneyParamsDto, @Query('lang') lang?: string): Promise<void> {
    const texts = this.texts.in(lang);
    const analyst = await analystOf(this.verifier, CONSOLE_SESSION.token(request));
    if (!analyst) return sendPage(response, 401, renderSignIn(texts, this.texts.languages, false));
    const journey = await this.directory.get(analyst.country, journeyId).catch((error: unknown) => {
      if (error instanceof NotFoundException) return undefined;
      throw error;
    });
    if (!journey) return sendPage(response, 404, renderNotFound(texts, this.texts.languages, `/console/journeys/${journeyId}`));
    const workflow = { temporalUiUrl: this.config.OPERATIONS_TEMPORAL_UI_URL ?? 'http://127.0.0.1:8233', namespace: process.env.TEMPORAL_NAMESPACE || 'harbour' };
    sendPage(response, 200, renderJourney(texts, this.texts.languages, journey, workflow));
  }

  @Get('dead-letters')
  async deadLetters(@Req() request: Request, @Res() response: Response, @Query() query: ConsoleDeadLetterQueryDto): Promise<void> {
    const texts = this.texts.in(query.lang);
    const analyst = await analystOf(this.verifier, CONSOLE_SESSION.token(request));
    if (!analyst) return sendPage(response, 401, renderSignIn(texts, this.texts.languages, false));
    await this.showDeadLetters(response, 200, texts.language, query, analyst, query.done && query.id ? { kind: 'done', action: query.done, deadLetterId: query.id } : undefined);
  }

  /**
   * A replay or discard from the page's form: done, it goes back to the list (303, so that a reload
   * does not act twice); refused because someone acted first, the list says so (409).
   */
  @Post('dead-letters/:deadLetterId/:action')
  async actOnDeadLetter(
    @Req() request: Request,
    @Res() response: Response,
    @Param() { deadLetterId, action }: ConsoleDeadLetterActionParamsDto,
    @Body() { reason }: DeadLetterActionDto,
    @Query() query: ConsoleDeadLetterQueryDto,
  ): Promise<void> {
    const texts = this.texts.in(query.lang);
    const analyst = await analystOf(this.verifier, CONSOLE_SESSION.token(request));
    if (!analyst) return sendPage(response, 401, renderSignIn(texts, this.texts.languages, false));
    try {
      if (action === 'replay') await this.desk.replay(analyst, deadLetterId, reason);
      else await this.desk.discard(analyst, deadLetterId, reason);
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
      return this.showDeadLetters(response, 409, texts.language, query, analyst, { kind: 'refused', message: error.message });
    }
    const done = new URLSearchParams({ ...(query.topic ? { topic: query.topic } : {}), ...(query.state ? { state: query.state } : {}), lang: texts.language, done: action === 'replay' ? 'replayed' : 'discarded', id: deadLetterId });
    response.redirect(303, `/console/dead-letters?${done}`);
  }

  private async showDeadLetters(response: Response, status: number, language: string, query: ConsoleDeadLetterQueryDto, analyst: Principal, notice?: DeadLetterNotice): Promise<void> {
    const page = await this.desk.list(analyst, { originTopic: query.topic, state: query.state ?? 'parked', before: query.cursor, limit: query.limit });
    sendPage(response, status, renderDeadLetters(this.texts.in(language), this.texts.languages, query, page, notice));
  }

  @Get('monitoring')
  async monitoringTable(@Req() request: Request, @Res() response: Response, @Query() query: ConsoleMonitoringQueryDto): Promise<void> {
    const texts = this.texts.in(query.lang);
    const analyst = await analystOf(this.verifier, CONSOLE_SESSION.token(request));
    if (!analyst) return sendPage(response, 401, renderSignIn(texts, this.texts.languages, false));
    sendPage(response, 200, renderMonitoring(texts, this.texts.languages, await this.monitoring.of(analyst.country, query)));
  }

  /** The table as a file, for the analyst signed in to the console (the API serves the same with a bearer token). */
  @Get('monitoring/export')
  async monitoringExport(@Req() request: Request, @Res() response: Response, @Query() query: ConsoleMonitoringQueryDto): Promise<void> {
    const analyst = await analystOf(this.verifier, CONSOLE_SESSION.token(request));
    if (!analyst) return sendPage(response, 401, renderSignIn(this.texts.in(query.lang), this.texts.languages, false));
    const report = await this.monitoring.of(analyst.country, query);
    const csv = query.format === 'csv';
    response.setHeader('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="harbour-monitoring-${report.country}-${report.from}-${report.to}.${csv ? 'csv' : 'json'}"`);
    response.setHeader('Cache-Control', 'no-store');
    response.status(200).send(csv ? monitoringCsv(report) : JSON.stringify(report));
  }

  @Post('session')
  @HttpCode(303)
  async session(@Body() body: { token?: unknown }, @Res() response: Response, @Query('lang') lang?: string): Promise<void> {
    const token = typeof body?.token === 'string' ? body.token.trim() : undefined;
    const texts = this.texts.in(lang);
    if (!(await analystOf(this.verifier, token))) return sendPage(response, 401, renderSignIn(texts, this.texts.languages, true));
    response.setHeader('Set-Cookie', CONSOLE_SESSION.cookie(token!));
    response.redirect(303, `/console?lang=${texts.language}`);
  }

  @Get('assets/console.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  stylesheetFile(): string {
    return PAGE_STYLESHEET;
  }
}

