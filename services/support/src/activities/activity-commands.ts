import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { OfferReferralCommand, WithdrawReferralCommand } from '@harbour/contracts';
import { ORGANISATION_ID } from '@harbour/security';
import { SupportNeedDto } from '../directory/support-need.dto';

export class OfferReferralInput extends SupportNeedDto implements OfferReferralCommand {
  @IsUUID()
  journeyId: string;

  @IsString()
  @Length(1, 256)
  offerKey: string;

  @IsInt()
  @Min(1)
  attempt: number;

  @IsArray()
  @ArrayMaxSize(500)
  @Matches(ORGANISATION_ID, { each: true, message: 'excludeOrganisationIds must hold organisation ids' })
  excludeOrganisationIds: string[];

  @IsISO8601({ strict: true })
  acceptBy: string;
}

const JourneyWithdrawalReasons: readonly WithdrawReferralCommand['reason'][] = ['not-accepted-in-time', 'declined'];

export class WithdrawReferralInput implements WithdrawReferralCommand {
  @IsUUID()
  referralId: string;

  // `revoked` is Harbour's own, never the journey's.
  @IsIn(JourneyWithdrawalReasons)
  reason: WithdrawReferralCommand['reason'];
}
