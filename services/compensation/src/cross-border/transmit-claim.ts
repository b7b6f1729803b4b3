import { Injectable } from '@nestjs/common';
import { ClaimTransmission, CompensationClaimCommand } from '@harbour/contracts';
import { Claim, JOURNEY_ACTOR } from '../claims/claim';
import { ClaimRepository } from '../claims/claim.repository';
import { ClaimTransitionError } from '../claims/claim-status';
import { TakeClaimStep } from '../claim-steps/take-claim-step';
import { crossBorderClaimOf } from './cross-border-claim-of';

/** The journey has the application transmitted. Idempotent: a retry answers with the first transmission. */
@Injectable()
export class TransmitClaim {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly takeStep: TakeClaimStep,
  ) {}

  async execute({ journeyId, claimId }: CompensationClaimCommand): Promise<ClaimTransmission> {
    const claim = crossBorderClaimOf(await this.claims.get(claimId), journeyId);
    const transmitted = claim.crossBorder.transmittedAt ? claim : await this.transmit(claim);
    return { transmittedAt: crossBorderClaimOf(transmitted, journeyId).crossBorder.transmittedAt!.toISOString() };
  }

  private async transmit(claim: Claim): Promise<Claim> {
    try {
      return await this.takeStep.execute(claim._id, JOURNEY_ACTOR, { action: 'transmit' });
    } catch (error) {
      // Transmitted by an officer or a concurrent retry between the read and the update.
      if (error instanceof ClaimTransitionError) return this.claims.get(claim._id);
      throw error;
    }
  }
}
