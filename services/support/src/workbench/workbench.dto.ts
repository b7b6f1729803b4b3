import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { ReferralDeclineReasons } from '@harbour/contracts';

/** `?lang=` and what was just done, for the notice. */
export class WorkbenchQueryDto {
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'lang must be an ISO 639-1 code such as "en"' })
  lang?: string;

  @IsOptional()
  @IsIn(['accept', 'decline', 'start', 'complete'], { message: 'done must be accept, decline, start or complete' })
  done?: 'accept' | 'decline' | 'start' | 'complete';

  @IsOptional()
  @IsUUID(undefined, { message: 'referral must be a referral id (UUID)' })
  referral?: string;
}

export class WorkbenchTaskParamsDto {
  @IsUUID(undefined, { message: 'referralId must be a referral id (UUID)' })
  referralId: string;

  @IsIn(['accept', 'decline', 'start', 'complete'], { message: 'action must be accept, decline, start or complete' })
  action: 'accept' | 'decline' | 'start' | 'complete';
}

/** The form's body: a decline's reason, from the codes; nothing else is read. */
export class WorkbenchAnswerDto {
  @IsOptional()
  @IsIn(ReferralDeclineReasons, { message: `reason must be one of: ${ReferralDeclineReasons.join(', ')}` })
  reason?: string;
}
