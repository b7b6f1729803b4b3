import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ReferralDeclineReason } from '@harbour/contracts';
import { Principal, Public, TokenVerifier } from '@harbour/security';
import { PageSession, PAGE_STYLESHEET, PageTexts, sendPage, signedInAs } from '@harbour/service-runtime';
import type { Request, Response } from 'express';
import { ReferralRepository } from '../referrals/referral.repository';
import { ReturnsRepository } from '../returns/returns.repository';
import { toReceivedReferralView } from '../returns/return-views';
import { AnswerTask, OrganisationStep } from '../tasks/answer-task';
import { referralErrorAsHttp } from '../tasks/referral-errors.filter';
import { toTaskView } from '../tasks/task.view';
import { renderWorkbench, renderWorkbenchSignIn, WorkbenchNotice } from './render-workbench';
import { WorkbenchAnswerDto, WorkbenchQueryDto, WorkbenchTaskParamsDto } from './workbench.dto';

/** The case worker's sign-in: their token in a cookie sent only to the workbench, never readable by a script. */
export const WORKBENCH_SESSION = new PageSession('harbour_workbench', '/workbench');

/** A case worker, when the token is valid, gives the role and names their organisation. */
const caseWorkerOf = (verifier: TokenVerifier, token: string | undefined) =>
  signedInAs(verifier, token, (principal): principal is Principal & { organisationId: string } => principal.roles.includes('support-case-worker') && principal.organisationId !== undefined);

/**
 * The support workbench: a case worker's page for their organisation's referrals, served as
 * plain HTML with no script. Every answer goes through the same task rules as the API, scoped to
 * the organisation the token names, so nobody sees or answers another organisation's referral.
 */
@ApiExcludeController()
@Public()
@Controller('workbench')
export class WorkbenchController {
  constructor(
    private readonly texts: PageTexts,
    private readonly verifier: TokenVerifier,
    private readonly referrals: ReferralRepository,
    private readonly returns: ReturnsRepository,
    private readonly answerTask: AnswerTask,
  ) {}

  @Get()
  async inbox(@Req() request: Request, @Res() response: Response, @Query() query: WorkbenchQueryDto): Promise<void> {
    const language = query.lang ?? this.texts.preferred(request.headers['accept-language']);
    const caseWorker = await caseWorkerOf(this.verifier, WORKBENCH_SESSION.token(request));
    if (!caseWorker) return sendPage(response, 401, renderWorkbenchSignIn(this.texts.in(language), this.texts.languages, false));
    const texts = this.texts.in(language);
    const notice: WorkbenchNotice | undefined = query.done && query.referral ? { kind: 'done', message: `${texts[`done-${query.done}`]}: ${query.referral}` } : undefined;
    await this.show(response, 200, language, caseWorker.organisationId, notice);
  }

  @Post('session')
  @HttpCode(303)
  async session(@Body() body: { token?: unknown }, @Res() response: Response, @Query() query: WorkbenchQueryDto): Promise<void> {
    const token = typeof body?.token === 'string' ? body.token.trim() : undefined;
    if (!(await caseWorkerOf(this.verifier, token))) return sendPage(response, 401, renderWorkbenchSignIn(this.texts.in(query.lang), this.texts.languages, true));
    response.setHeader('Set-Cookie', WORKBENCH_SESSION.cookie(token!));
    response.redirect(303, `/workbench?lang=${this.texts.in(query.lang).language}`);
  }

  /** An answer from the page: done, back to the inbox (303, so a reload does not answer twice); refused, the inbox says why. */
  @Post('tasks/:referralId/:action')
  async answer(@Req() request: Request, @Res() response: Response, @Param() { referralId, action }: WorkbenchTaskParamsDto, @Body() body: WorkbenchAnswerDto, @Query() query: WorkbenchQueryDto): Promise<void> {
    const caseWorker = await caseWorkerOf(this.verifier, WORKBENCH_SESSION.token(request));
    if (!caseWorker) return sendPage(response, 401, renderWorkbenchSignIn(this.texts.in(query.lang), this.texts.languages, false));
    const step = (action === 'decline' ? { action, reason: body.reason as ReferralDeclineReason } : { action }) as OrganisationStep;
    if (action === 'decline' && !body.reason) return this.show(response, 400, query.lang, caseWorker.organisationId, { kind: 'refused', message: this.texts.in(query.lang).declineNeedsReason });
    try {
      await this.answerTask.execute({ organisationId: caseWorker.organisationId, referralId, actor: caseWorker.subject, step });
    } catch (error) {
      const refusal = referralErrorAsHttp(error);
      if (!refusal) throw error;
      return this.show(response, refusal.getStatus(), query.lang, caseWorker.organisationId, { kind: 'refused', message: refusal.message });
    }
    response.redirect(303, `/workbench?lang=${this.texts.in(query.lang).language}&done=${action}&referral=${referralId}`);
  }

  @Get('assets/workbench.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  stylesheetFile(): string {
    return PAGE_STYLESHEET;
  }

  private async show(response: Response, status: number, language: string | undefined, organisationId: string, notice?: WorkbenchNotice): Promise<void> {
    const [tasks, received] = await Promise.all([
      this.referrals.inbox(organisationId, { page: 1, pageSize: 100 }, toTaskView),
      this.returns.referredTo(organisationId, { page: 1, pageSize: 100 }, toReceivedReferralView),
    ]);
    sendPage(response, status, renderWorkbench(this.texts.in(language), this.texts.languages, organisationId, tasks, received, notice));
  }
}

