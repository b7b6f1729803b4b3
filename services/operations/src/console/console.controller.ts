import { Body, Controller, Get, Header, HttpCode, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public, TokenVerifier } from '@harbour/security';
import type { Request, Response } from 'express';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { operationsAssetsFolder } from '../assets-folder';
import { JourneyDirectory } from '../journeys/journey-directory';
import { ConsoleQueryDto, JourneyParamsDto } from '../journeys/journey-query.dto';
import { OperationsConfig } from '../operations-config';
import { ConsoleTexts } from './console-texts';
import { analystOf, sessionCookie, sessionToken } from './console-session';
import { renderJourney, renderJourneyList, renderNotFound, renderSignIn } from './render-console';

/** Only this service's own stylesheet; no script at all, no frames, no foreign form targets. */
export const CONSOLE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const PAGE_HEADERS: [string, string][] = [
  ['Content-Type', 'text/html; charset=utf-8'],
  ['Content-Security-Policy', CONSOLE_CSP],
  ['Cache-Control', 'no-store'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
];

/**
 * The operations console. Its pages are reached by a browser, which cannot send a bearer
 * header, so the analyst's token travels in a console-only HttpOnly cookie and is verified on
 * every page exactly as the API verifies it.
 */
@ApiExcludeController()
@Public()
@Controller('console')
export class ConsoleController {
  private readonly stylesheet = readFileSync(path.join(operationsAssetsFolder(), 'web', 'console.css'), 'utf8');

  constructor(
    private readonly texts: ConsoleTexts,
    private readonly verifier: TokenVerifier,
    private readonly directory: JourneyDirectory,
    private readonly config: OperationsConfig,
  ) {}

  @Get()
  async journeys(@Req() request: Request, @Res() response: Response, @Query() query: ConsoleQueryDto): Promise<void> {
    const texts = this.texts.in(query.lang);
    const analyst = await analystOf(this.verifier, sessionToken(request));
    if (!analyst) return send(response, 401, renderSignIn(texts, this.texts.languages, false));
    const page = await this.directory.list(analyst.country, query);
    send(response, 200, renderJourneyList(texts, this.texts.languages, analyst.country, query, page));
  }

  @Get('journeys/:journeyId')
  async journey(@Req() request: Request, @Res() response: Response, @Param() { journeyId }: JourneyParamsDto, @Query('lang') lang?: string): Promise<void> {
    const texts = this.texts.in(lang);
    const analyst = await analystOf(this.verifier, sessionToken(request));
    if (!analyst) return send(response, 401, renderSignIn(texts, this.texts.languages, false));
    const journey = await this.directory.get(analyst.country, journeyId).catch((error: unknown) => {
      if (error instanceof NotFoundException) return undefined;
      throw error;
    });
    if (!journey) return send(response, 404, renderNotFound(texts, this.texts.languages, `/console/journeys/${journeyId}`));
    const workflow = { temporalUiUrl: this.config.OPERATIONS_TEMPORAL_UI_URL ?? 'http://127.0.0.1:8233', namespace: process.env.TEMPORAL_NAMESPACE || 'harbour' };
    send(response, 200, renderJourney(texts, this.texts.languages, journey, workflow));
  }

  @Post('session')
  @HttpCode(303)
  async session(@Body() body: { token?: unknown }, @Res() response: Response, @Query('lang') lang?: string): Promise<void> {
    const token = typeof body?.token === 'string' ? body.token.trim() : undefined;
    const texts = this.texts.in(lang);
    if (!(await analystOf(this.verifier, token))) return send(response, 401, renderSignIn(texts, this.texts.languages, true));
    response.setHeader('Set-Cookie', sessionCookie(token!));
    response.redirect(303, `/console?lang=${texts.language}`);
  }

  @Get('assets/console.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  stylesheetFile(): string {
    return this.stylesheet;
  }
}

function send(response: Response, status: number, html: string): void {
  for (const [name, value] of PAGE_HEADERS) response.setHeader(name, value);
  response.status(status).send(html);
}
