import { ArgumentsHost, BadRequestException, Catch, ConflictException, NotFoundException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/** No such record, or one the caller may not see: the two answer alike, so nobody learns that a record exists. */
export class RecordNotFoundError extends Error {
  constructor(kind: string, id: string) {
    super(`${kind} ${id} not found`);
    this.name = 'RecordNotFoundError';
  }
}

/** The step is not allowed in the record's current state (a second decision, a merge already done, …). */
export class StepNotAllowedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'StepNotAllowedError';
  }
}

/** The request is well-formed but the law does not allow it, e.g. an adult referred without consent. */
export class RequestRefusedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RequestRefusedError';
  }
}

/** Answers the domain's errors in HTTP: 404, 409 and 400 with the reason. */
@Catch(RecordNotFoundError, StepNotAllowedError, RequestRefusedError)
export class IdentificationErrorsFilter extends BaseExceptionFilter {
  override catch(error: RecordNotFoundError | StepNotAllowedError | RequestRefusedError, host: ArgumentsHost): void {
    const http =
      error instanceof RecordNotFoundError
        ? new NotFoundException(error.message)
        : error instanceof StepNotAllowedError
          ? new ConflictException(error.message)
          : new BadRequestException(error.message);
    super.catch(http, host);
  }
}
