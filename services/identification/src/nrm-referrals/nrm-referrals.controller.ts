import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { ApiIdempotencyKey, IDEMPOTENT_REPLAYED_HEADER, IdempotencyKey } from '@harbour/service-runtime';
import type { Response } from 'express';
import { RecordParamsDto } from '../shared/request-params.dto';
import { DecideGrounds } from './decide-grounds';
import { ConclusiveGroundsDto, ReasonableGroundsDto, RecoveryPeriodExtensionDto, RemovalDto, SubmitNrmReferralDto } from './nrm-referral-requests.dto';
import { NrmReferralView, toNrmReferralView } from './nrm-referral.view';
import { ReadNrmReferral } from './read-nrm-referral';
import { SubmitNrmReferral } from './submit-nrm-referral';

@ApiTags('nrm-referrals')
@ApiBearerAuth()
@Controller('nrm-referrals')
export class NrmReferralsController {
  constructor(
    private readonly submitReferral: SubmitNrmReferral,
    private readonly decideGrounds: DecideGrounds,
    private readonly readReferral: ReadNrmReferral,
  ) {}

  @Post()
  @JourneyScoped({ from: 'body', joins: 'referred-to-nrm' })
  @HttpCode(201)
  @Roles('first-responder')
  @ApiOperation({ summary: "Refer the person to the national referral mechanism: an adult's consent is required, a child's is not" })
  @ApiCreatedResponse({ type: NrmReferralView })
  @ApiIdempotencyKey('the referral')
  async submit(
    @CurrentPrincipal() principal: Principal,
    @Body() body: SubmitNrmReferralDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<NrmReferralView> {
    const { referral, replayed } = await this.submitReferral.execute(body, principal.subject, idempotencyKey, principal.organisationId);
    if (replayed) response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return toNrmReferralView(referral);
  }

  @Get(':id')
  @JourneyScoped({ from: 'record', record: 'NRM referral', param: 'id' })
  @Roles('nrm-decision-maker')
  @ApiOperation({ summary: 'A referral with its decisions and their reasons' })
  @ApiOkResponse({ type: NrmReferralView })
  read(@CurrentPrincipal() principal: Principal, @Param() { id }: RecordParamsDto): Promise<NrmReferralView> {
    return this.readReferral.execute(principal, id);
  }

  @Post(':id/reasonable-grounds')
  @JourneyScoped({ from: 'record', record: 'NRM referral', param: 'id' })
  @HttpCode(200)
  @Roles('nrm-decision-maker')
  @ApiOperation({ summary: 'Decide whether there are reasonable grounds to believe the person is a victim' })
  @ApiOkResponse({ type: NrmReferralView })
  async reasonableGrounds(@CurrentPrincipal() principal: Principal, @Param() { id }: RecordParamsDto, @Body() body: ReasonableGroundsDto): Promise<NrmReferralView> {
    return toNrmReferralView(await this.decideGrounds.decide(id, { kind: 'reasonable-grounds', body }, principal.subject));
  }

  @Post(':id/conclusive-grounds')
  @JourneyScoped({ from: 'record', record: 'NRM referral', param: 'id' })
  @HttpCode(200)
  @Roles('nrm-decision-maker')
  @ApiOperation({ summary: 'Decide conclusively whether the person is a victim; lifts the "do not remove" flag' })
  @ApiOkResponse({ type: NrmReferralView })
  async conclusiveGrounds(@CurrentPrincipal() principal: Principal, @Param() { id }: RecordParamsDto, @Body() body: ConclusiveGroundsDto): Promise<NrmReferralView> {
    return toNrmReferralView(await this.decideGrounds.decide(id, { kind: 'conclusive-grounds', body }, principal.subject));
  }

  @Post(':id/recovery-period-extensions')
  @JourneyScoped({ from: 'record', record: 'NRM referral', param: 'id' })
  @HttpCode(200)
  @Roles('nrm-decision-maker')
  @ApiOperation({ summary: 'Extend the recovery and reflection period while the conclusive-grounds decision is awaited' })
  @ApiOkResponse({ type: NrmReferralView })
  async extendRecoveryPeriod(@Param() { id }: RecordParamsDto, @Body() body: RecoveryPeriodExtensionDto): Promise<NrmReferralView> {
    return toNrmReferralView(await this.decideGrounds.extendRecoveryPeriod(id, new Date(body.extendedUntil)));
  }

  @Post(':id/removals')
  @JourneyScoped({ from: 'record', record: 'NRM referral', param: 'id' })
  @HttpCode(200)
  @Roles('nrm-decision-maker')
  @ApiOperation({ summary: 'Record that the person was removed while identification was under way: it breaches "do not remove" and the recovery period (CETS 197 Art 10(2), 13)' })
  @ApiOkResponse({ type: NrmReferralView })
  async recordRemoval(@Param() { id }: RecordParamsDto, @Body() body: RemovalDto): Promise<NrmReferralView> {
    return toNrmReferralView(await this.decideGrounds.recordRemoval(id, new Date(body.removedAt)));
  }
}
