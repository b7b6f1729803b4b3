import { Body, Controller, Get, HttpCode, Param, Post, Query, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertSameOrganisation, CurrentPrincipal, Principal, Roles } from '@harbour/security';
import { Page } from '../paging/page';
import { ReferralRepository } from '../referrals/referral.repository';
import { AnswerTask, OrganisationStep } from './answer-task';
import { ReferralErrorsFilter } from './referral-errors.filter';
import { DeclineTaskDto, OrganisationParamsDto, TaskParamsDto, TaskQueryDto } from './task-requests.dto';
import { TaskView, toTaskView } from './task.view';

/** An organisation's task inbox. Every route first checks that the caller acts for the organisation in the path. */
@ApiTags('tasks')
@ApiBearerAuth()
@Roles('support-case-worker')
@UseFilters(ReferralErrorsFilter)
@Controller('organisations/:orgId/tasks')
export class TasksController {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly answerTask: AnswerTask,
  ) {}

  @Get()
  @ApiOperation({ summary: "The organisation's referrals, the nearest accept-by first, filtered by status and offered since" })
  list(@CurrentPrincipal() principal: Principal, @Param() { orgId }: OrganisationParamsDto, @Query() query: TaskQueryDto): Promise<Page<TaskView>> {
    assertSameOrganisation(principal, orgId);
    return this.referrals.inbox(orgId, query, toTaskView);
  }

  @Post(':referralId/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept the referral: the organisation takes the victim on' })
  @ApiOkResponse({ type: TaskView })
  accept(@CurrentPrincipal() principal: Principal, @Param() params: TaskParamsDto): Promise<TaskView> {
    return this.answer(principal, params, { action: 'accept' });
  }

  @Post(':referralId/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline the referral with a reason; the journey offers it to the next organisation' })
  @ApiOkResponse({ type: TaskView })
  decline(@CurrentPrincipal() principal: Principal, @Param() params: TaskParamsDto, @Body() { reason }: DeclineTaskDto): Promise<TaskView> {
    return this.answer(principal, params, { action: 'decline', reason });
  }

  @Post(':referralId/start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Support of an accepted referral has started' })
  @ApiOkResponse({ type: TaskView })
  start(@CurrentPrincipal() principal: Principal, @Param() params: TaskParamsDto): Promise<TaskView> {
    return this.answer(principal, params, { action: 'start' });
  }

  @Post(':referralId/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Support is complete; the place it held is free again' })
  @ApiOkResponse({ type: TaskView })
  complete(@CurrentPrincipal() principal: Principal, @Param() params: TaskParamsDto): Promise<TaskView> {
    return this.answer(principal, params, { action: 'complete' });
  }

  private async answer(principal: Principal, { orgId, referralId }: TaskParamsDto, step: OrganisationStep): Promise<TaskView> {
    assertSameOrganisation(principal, orgId);
    return toTaskView(await this.answerTask.execute({ organisationId: orgId, referralId, actor: principal.subject, step }));
  }
}
