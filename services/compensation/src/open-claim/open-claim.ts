import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { idempotentId } from '@harbour/persistence';
import { doorFields } from '@harbour/service-runtime';
import { Claim, openClaim } from '../claims/claim';
import { ClaimRepository } from '../claims/claim.repository';
import { OpenClaimDto } from './open-claim.dto';

export interface OpenClaimCommand {
  journeyId: string;
  claim: OpenClaimDto;
  /** The officer's token subject. */
  actor: string;
  /** The officer's organisation, named on the fact as the one that acted. */
  organisationId?: string;
  /** Client-chosen key that makes a retried POST answer with the first claim instead of a second one. */
  idempotencyKey?: string;
}

/** Opens a national claim; its ClaimOpened fact starts the journey's application-window clock. */
@Injectable()
export class OpenClaim {
  constructor(private readonly claims: ClaimRepository) {}

  execute({ journeyId, claim, actor, organisationId, idempotencyKey }: OpenClaimCommand): Promise<{ claim: Claim; replayed: boolean }> {
    const { scheme, crimeDate, crimeCountry, perpetratorKnown, currency, headsOfLoss } = claim;
    const terms = { journeyId, scheme, crimeDate: new Date(crimeDate), crimeCountry, perpetratorKnown, currency, headsOfLoss };
    const claimId = idempotencyKey ? idempotentId(actor, idempotencyKey) : randomUUID();
    return this.claims.insertOnce(openClaim(terms, actor, new Date(), claimId, doorFields(claim, organisationId)));
  }
}
