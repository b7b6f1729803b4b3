import { ArgumentsHost, Catch, ConflictException, NotFoundException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ReferralNotFoundError } from '../referrals/referral-not-found.error';
import { ReferralTransitionError } from '../referrals/referral-status';

/** Answers the referral's domain errors in HTTP: unknown (or foreign) → 404, not allowed now → 409 with the reason. */
@Catch(ReferralNotFoundError, ReferralTransitionError)
export class ReferralErrorsFilter extends BaseExceptionFilter {
  override catch(error: ReferralNotFoundError | ReferralTransitionError, host: ArgumentsHost): void {
    super.catch(error instanceof ReferralNotFoundError ? new NotFoundException(error.message) : new ConflictException(error.message), host);
  }
}
