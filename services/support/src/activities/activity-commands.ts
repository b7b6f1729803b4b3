import { ApplicationFailure } from '@temporalio/common';
import { plainToInstance } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsString, IsUUID, Length, Matches, Min, validateSync } from 'class-validator';
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

/**
 * Checks a command from a workflow before it acts. A malformed command fails for good: a retry
 * would send the same one again.
 */
export function validActivityCommand<T extends object>(type: new () => T, command: unknown): T {
  const instance = plainToInstance(type, command);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length === 0) return instance;
  const reasons = errors.flatMap((error) => Object.values(error.constraints ?? {}));
  throw ApplicationFailure.nonRetryable(`invalid ${type.name}: ${reasons.join('; ')}`, 'InvalidCommand');
}
