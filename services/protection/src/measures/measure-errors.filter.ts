import { ArgumentsHost, BadRequestException, Catch, ConflictException, NotFoundException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { InvalidMeasureRequestError, MeasureConflictError, MeasureNotFoundError } from './measure-errors';
import { MeasureTransitionError } from './measure-status';

type MeasureError = MeasureNotFoundError | MeasureConflictError | InvalidMeasureRequestError | MeasureTransitionError;

/** Answers the measures' domain errors in HTTP: unknown → 404, not allowed now → 409, contradicting dates → 400; each with its reason. */
@Catch(MeasureNotFoundError, MeasureConflictError, InvalidMeasureRequestError, MeasureTransitionError)
export class MeasureErrorsFilter extends BaseExceptionFilter {
  override catch(error: MeasureError, host: ArgumentsHost): void {
    super.catch(httpError(error), host);
  }
}

function httpError(error: MeasureError) {
  if (error instanceof MeasureNotFoundError) return new NotFoundException(error.message);
  if (error instanceof InvalidMeasureRequestError) return new BadRequestException([error.message]);
  return new ConflictException(error.message);
}
