import { Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { ReferralErrorsFilter } from '../tasks/referral-errors.filter';
import { TaskView, toTaskView } from '../tasks/task.view';
import { RevokeReferral } from './revoke-referral';

export class ReferralParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  referralId: string;
}

@ApiTags('referrals')
@ApiBearerAuth()
@UseFilters(ReferralErrorsFilter)
@Controller('referrals/:referralId')
export class ReferralsController {
  constructor(private readonly revokeReferral: RevokeReferral) {}

  @Post('revoke')
  @JourneyScoped({ from: 'record', record: 'referral', param: 'referralId' })
  @HttpCode(200)
  @Roles('operations-analyst')
  @ApiOperation({ summary: 'Revoke a referral (offered, accepted or in progress); publishes ReferralWithdrawn with reason "revoked"' })
  @ApiOkResponse({ type: TaskView })
  async revoke(@CurrentPrincipal() principal: Principal, @Param() { referralId }: ReferralParamsDto): Promise<TaskView> {
    return toTaskView(await this.revokeReferral.execute(referralId, principal.subject));
  }
}
