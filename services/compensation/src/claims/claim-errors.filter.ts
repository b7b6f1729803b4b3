import { ArgumentsHost, BadRequestException, Catch, ConflictException, NotFoundException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ClaimConflictError, ClaimNotFoundError, InvalidClaimRequestError } from './claim-errors';
import { ClaimTransitionError } from './claim-status';

type ClaimError = ClaimNotFoundError | InvalidClaimRequestError | ClaimConflictError | ClaimTransitionError;

/** Answers the claim's domain errors in HTTP: unknown → 404, contradicts the claim → 400, not allowed now → 409, each with its reason. */
@Catch(ClaimNotFoundError, InvalidClaimRequestError, ClaimConflictError, ClaimTransitionError)
export class ClaimErrorsFilter extends BaseExceptionFilter {
  override catch(error: ClaimError, host: ArgumentsHost): void {
    super.catch(httpError(error), host);
  }
}

function httpError(error: ClaimError) {
  if (error instanceof ClaimNotFoundError) return new NotFoundException(error.message);
  if (error instanceof InvalidClaimRequestError) return new BadRequestException(error.message);
  return new ConflictException(error.message);
}
