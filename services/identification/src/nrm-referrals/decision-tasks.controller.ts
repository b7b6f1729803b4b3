import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@harbour/security';
import { DecisionTaskQueryDto } from './nrm-referral-requests.dto';
import { DecisionTaskView, toDecisionTaskView } from './nrm-referral.view';
import { NrmReferralsRepository } from './nrm-referrals.repository';

@ApiTags('nrm-referrals')
@ApiBearerAuth()
@Roles('nrm-decision-maker')
@Controller('decision-tasks')
export class DecisionTasksController {
  constructor(private readonly referrals: NrmReferralsRepository) {}

  @Get()
  @ApiOperation({ summary: 'Referrals waiting for a reasonable- or conclusive-grounds decision, the oldest first' })
  @ApiOkResponse({ type: DecisionTaskView, isArray: true })
  async list(@Query() { kind, limit }: DecisionTaskQueryDto): Promise<DecisionTaskView[]> {
    return (await this.referrals.openTasks(kind, limit)).map(toDecisionTaskView);
  }
}
