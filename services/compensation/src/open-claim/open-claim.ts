import { Injectable } from '@nestjs/common';
import { Claim, openClaim } from '../claims/claim';
import { ClaimRepository } from '../claims/claim.repository';
import { OpenClaimDto } from './open-claim.dto';

export interface OpenClaimCommand {
  journeyId: string;
  claim: OpenClaimDto;
  /** The officer's token subject. */
  actor: string;
}

/** Opens a national claim; its ClaimOpened fact starts the journey's application-window clock. */
@Injectable()
export class OpenClaim {
  constructor(private readonly claims: ClaimRepository) {}

  execute({ journeyId, claim, actor }: OpenClaimCommand): Promise<Claim> {
    const { scheme, crimeDate, crimeCountry, perpetratorKnown, currency, headsOfLoss } = claim;
    return this.claims.insert(
      openClaim({ journeyId, scheme, crimeDate: new Date(crimeDate), crimeCountry, perpetratorKnown, currency, headsOfLoss }, actor, new Date()),
    );
  }
}
