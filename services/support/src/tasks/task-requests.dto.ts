import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
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

  @ApiPropertyOptional({ format: 'date-time', description: 'Only tasks offered at or after this time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 date-time such as "2026-03-02T09:00:00Z"' })
  since?: string;
}

export class DeclineTaskDto {
  @ApiProperty({ enum: ReferralDeclineReasons })
  @IsIn(ReferralDeclineReasons)
  reason: ReferralDeclineReason;
}
