import { ApiProperty } from '@nestjs/swagger';
import { Specialism, Specialisms } from '@harbour/contracts';
import { Referral, ReferralStatuses } from '../referrals/referral';
import { ReferralStatus } from '../referrals/referral-status';

/** A referral as its organisation sees it: what it needs to decide, nothing of the journey's other steps. */
export class TaskView {
  @ApiProperty({ format: 'uuid' })
  referralId: string;

  @ApiProperty({ format: 'uuid', description: 'Pseudonymous journey id; the victim is never named' })
  journeyId: string;

  @ApiProperty({ enum: Specialisms })
  specialism: Specialism;

  @ApiProperty({ description: '1 when this organisation is the first asked' })
  attempt: number;

  @ApiProperty({ enum: ReferralStatuses })
  status: ReferralStatus;

  @ApiProperty({ example: 'BE' })
  country: string;

  @ApiProperty({ example: 'ro' })
  language: string;

  @ApiProperty({ format: 'date-time' })
  offeredAt: string;

  @ApiProperty({ format: 'date-time', description: 'Accept by then, or the journey offers the referral to the next organisation' })
  acceptBy: string;
}

export function toTaskView(referral: Referral): TaskView {
  return {
    referralId: referral._id,
    journeyId: referral.journeyId,
    specialism: referral.specialism,
    attempt: referral.attempt,
    status: referral.status,
    country: referral.country,
    language: referral.language,
    offeredAt: referral.offeredAt.toISOString(),
    acceptBy: referral.acceptBy.toISOString(),
  };
}
