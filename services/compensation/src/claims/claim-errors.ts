/** No claim with this id. */
export class ClaimNotFoundError extends Error {
  constructor(claimId: string) {
    super(`claim ${claimId} not found`);
    this.name = 'ClaimNotFoundError';
  }
}

/** The request contradicts the claim itself (e.g. a document kind its scheme does not ask for). */
export class InvalidClaimRequestError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidClaimRequestError';
  }
}

/** The step is allowed in the claim's status but not now (e.g. an appeal after its deadline). */
export class ClaimConflictError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ClaimConflictError';
  }
}
