import { ArgumentsHost, BadRequestException, Catch, ConflictException, NotFoundException } from '@nestjs/common';
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
    if (error instanceof ReferralNotFoundError) return super.catch(new NotFoundException(error.message), host);
    if (error instanceof ReviewDateInPastError) return super.catch(new BadRequestException(error.message), host);
    super.catch(new ConflictException(error.message), host);
  }
}
