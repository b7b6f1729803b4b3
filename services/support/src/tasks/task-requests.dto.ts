import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { ReferralDeclineReason, ReferralDeclineReasons } from '@harbour/contracts';
import { ORGANISATION_ID } from '@harbour/security';
import { PageQueryDto } from '../paging/page';
import { ReferralStatuses } from '../referrals/referral';
import { ReferralStatus } from '../referrals/referral-status';

export class OrganisationParamsDto {
  @ApiProperty({ example: 'be-harbourline-antwerp' })
  @Matches(ORGANISATION_ID, { message: 'orgId must be an organisation id such as "be-payoke"' })
  orgId: string;
}

export class TaskParamsDto extends OrganisationParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  referralId: string;
}

export class TaskQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ReferralStatuses, description: 'Only tasks in this status; all when absent' })
  @IsOptional()
  @IsIn(ReferralStatuses)
  status?: ReferralStatus;
}

export class DeclineTaskDto {
  @ApiProperty({ enum: ReferralDeclineReasons })
  @IsIn(ReferralDeclineReasons)
  reason: ReferralDeclineReason;
}
