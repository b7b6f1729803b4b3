import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { JourneyParamsDto, RecordParamsDto } from '../shared/request-params.dto';
import { ChildProtection } from './child-protection';
import { AppointGuardianDto, RecordAgeUncertainDto } from './child-protection-requests.dto';
import { GuardianRequestView, toGuardianRequestView } from './child-protection.view';

@ApiTags('child-protection')
@ApiBearerAuth()
@Controller()
export class ChildProtectionController {
  constructor(private readonly childProtection: ChildProtection) {}

  @Post('journeys/:journeyId/age-uncertain')
  @JourneyScoped()
  @HttpCode(201)
  @Roles('first-responder', 'nrm-decision-maker')
  @ApiOperation({ summary: 'The age is uncertain and there are reasons to believe the person is a child: they are presumed one from now' })
  async ageUncertain(
    @CurrentPrincipal() principal: Principal,
    @Param() { journeyId }: JourneyParamsDto,
    @Body() body: RecordAgeUncertainDto,
  ): Promise<{ journeyId: string; childPresumed: true; assessmentReason: string; recordedAt: string }> {
    const record = await this.childProtection.recordAgeUncertain(journeyId, body, principal.subject);
    return { journeyId, childPresumed: true, assessmentReason: record.assessmentReason, recordedAt: record.recordedAt.toISOString() };
  }

  @Post('journeys/:journeyId/guardian-requests')
  @JourneyScoped()
  @HttpCode(201)
  @Roles('first-responder', 'nrm-decision-maker')
  @ApiOperation({ summary: 'Request a guardian for a child or a presumed child' })
  @ApiCreatedResponse({ type: GuardianRequestView })
  async requestGuardian(@CurrentPrincipal() principal: Principal, @Param() { journeyId }: JourneyParamsDto): Promise<GuardianRequestView> {
    return toGuardianRequestView(await this.childProtection.requestGuardian(journeyId, principal.subject));
  }

  @Post('guardian-requests/:id/appointment')
  @JourneyScoped({ from: 'record', record: 'guardian request', param: 'id' })
  @HttpCode(200)
  @Roles('nrm-decision-maker', 'protection-officer')
  @ApiOperation({ summary: "Record the guardian's appointment; who the guardian is stays encrypted in this service" })
  @ApiOkResponse({ type: GuardianRequestView })
  async appoint(@CurrentPrincipal() principal: Principal, @Param() { id }: RecordParamsDto, @Body() body: AppointGuardianDto): Promise<GuardianRequestView> {
    return toGuardianRequestView(await this.childProtection.appointGuardian(id, body, principal.subject));
  }
}
