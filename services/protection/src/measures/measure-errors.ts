/** No measure with this id (or no European Protection Order, where one is asked for). */
export class MeasureNotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} not found`);
    this.name = 'MeasureNotFoundError';
  }
}

/** The request does not fit the measure as it stands, e.g. a breach of a measure that is not an order. */
export class MeasureConflictError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'MeasureConflictError';
  }
}

/** The request contradicts itself or the measure's dates, e.g. a renewal ending before the current end. */
export class InvalidMeasureRequestError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidMeasureRequestError';
  }
}
