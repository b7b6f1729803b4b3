/** Names one compensation claim of a journey. */
export interface CompensationClaimCommand {
  journeyId: string;
  claimId: string;
}

export interface ChaseDecidingAuthorityCommand extends CompensationClaimCommand {
  /**
   * Idempotency key of this chase. Optional: inside a Temporal activity the worker keys a chase
   * by its workflow run and activity id, so a retried activity records one chase only.
   */
  chaseKey?: string;
}

export interface ClaimTransmission {
  transmittedAt: string;
}

export interface DecidingAuthorityChase {
  chaseId: string;
  chasedAt: string;
}

/** Activities the compensation service serves on the `compensation` task queue. */
export interface CompensationActivities {
  /** Directive 2004/80/EC Art 6: the assisting authority passes the application on. A retry answers with the first transmission. */
  transmitClaim(command: CompensationClaimCommand): Promise<ClaimTransmission>;
  /** Chases a silent deciding authority; null when it has acknowledged meanwhile, so no chase is needed. */
  chaseDecidingAuthority(command: ChaseDecidingAuthorityCommand): Promise<DecidingAuthorityChase | null>;
}
