import { Injectable } from '@nestjs/common';
import { ChaseDecidingAuthorityCommand, DecidingAuthorityChase } from '@harbour/contracts';
import { Claim, JOURNEY_ACTOR } from '../claims/claim';
import { ClaimRepository } from '../claims/claim.repository';
import { ClaimTransitionError } from '../claims/claim-status';
import { TakeClaimStep } from '../claim-steps/take-claim-step';
import { crossBorderClaimOf } from './cross-border-claim-of';

/**
 * The journey chases a deciding authority that has not acknowledged in time. Idempotent on the
 * chase key; once the authority has acknowledged there is nobody to chase, and the answer is null.
 */
@Injectable()
export class ChaseDecidingAuthority {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly takeStep: TakeClaimStep,
  ) {}

  async execute({ journeyId, claimId, chaseKey }: ChaseDecidingAuthorityCommand & { chaseKey: string }): Promise<DecidingAuthorityChase | null> {
    const claim = await this.claims.get(claimId);
    const earlier = chaseOf(claim, journeyId, chaseKey);
    if (earlier !== undefined) return earlier;
    try {
      return chaseOf(await this.takeStep.execute(claimId, JOURNEY_ACTOR, { action: 'chase', key: chaseKey }), journeyId, chaseKey) ?? null;
    } catch (error) {
      if (!(error instanceof ClaimTransitionError)) throw error;
      // A concurrent retry chased, or the authority acknowledged, between the read and the update.
      const answer = chaseOf(await this.claims.get(claimId), journeyId, chaseKey);
      if (answer !== undefined) return answer;
      throw error;
    }
  }
}

/** The chase this key recorded, null when no chase is due any more, undefined when one is still to be made. */
function chaseOf(claim: Claim, journeyId: string, chaseKey: string): DecidingAuthorityChase | null | undefined {
  const { crossBorder } = crossBorderClaimOf(claim, journeyId);
  const chase = crossBorder.chases.find((candidate) => candidate.key === chaseKey);
  if (chase) return { chaseId: chase.chaseId, chasedAt: chase.chasedAt.toISOString() };
  return crossBorder.acknowledgedAt ? null : undefined;
}
