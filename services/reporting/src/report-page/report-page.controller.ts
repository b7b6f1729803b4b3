import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@harbour/security';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportingAssetsFolder } from '../assets-folder';
import { ResponseHeaders } from '../http/response-headers';
import { VictimTexts } from '../victim-texts/victim-texts';
import { renderReportPage } from './render-report-page';

/** Only this origin's own script, style and requests; no frames, no plug-ins, no foreign form targets. */
export const REPORT_PAGE_CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

const webAsset = (file: string) => readFileSync(path.join(reportingAssetsFolder(), 'web', file), 'utf8');

/** The public web page for anonymous reports and follow-up, in every language with texts. */
@ApiExcludeController()
@Public()
@ResponseHeaders({ 'Content-Security-Policy': REPORT_PAGE_CSP, 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' })
@Controller()
export class ReportPageController {
  private readonly script = webAsset('report-page.js');
  private readonly stylesheet = webAsset('report-page.css');

  constructor(private readonly texts: VictimTexts) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  page(@Query('lang') lang?: string): string {
    const languages = this.texts.languages.map((code) => ({ code, name: this.texts.in(code).languageName }));
    return renderReportPage(this.texts.in(typeof lang === 'string' ? lang : 'en'), languages);
  }

  @Get('assets/report-page.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  scriptFile(): string {
    return this.script;
  }

  @Get('assets/report-page.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  stylesheetFile(): string {
    return this.stylesheet;
  }
}
