import { ArgumentsHost, BadRequestException, Catch, ConflictException, HttpException, NotFoundException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ReferralNotActiveError } from '../referrals/referral-not-active.error';
import { ReferralNotFoundError } from '../referrals/referral-not-found.error';
import { ReferralTransitionError } from '../referrals/referral-status';
import { ReviewDateInPastError } from '../support-plans/support-plan';

type ReferralError = ReferralNotFoundError | ReferralTransitionError | ReferralNotActiveError | ReviewDateInPastError;

/**
 * Answers the referral's domain errors in HTTP: unknown (or foreign) → 404, not allowed in its
 * status → 409 with the reason, a plan that contradicts itself → 400.
 */
@Catch(ReferralNotFoundError, ReferralTransitionError, ReferralNotActiveError, ReviewDateInPastError)
export class ReferralErrorsFilter extends BaseExceptionFilter {
  override catch(error: ReferralError, host: ArgumentsHost): void {
    super.catch(referralErrorAsHttp(error), host);
  }
}

/** A referral's domain error as the HTTP answer the API and the workbench give; undefined for any other error. */
export function referralErrorAsHttp(error: unknown): HttpException | undefined {
  if (error instanceof HttpException) return error;
  if (error instanceof ReferralNotFoundError) return new NotFoundException(error.message);
  if (error instanceof ReviewDateInPastError) return new BadRequestException(error.message);
  if (error instanceof ReferralTransitionError || error instanceof ReferralNotActiveError) return new ConflictException(error.message);
  return undefined;
}
