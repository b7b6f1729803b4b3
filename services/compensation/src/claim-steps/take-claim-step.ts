import { Injectable } from '@nestjs/common';
import { Keyring } from '@harbour/persistence';
import { Claim, ClaimStep, planStep } from '../claims/claim';
import { ClaimRepository } from '../claims/claim.repository';

/** A step as the officer asks for it: personal fields still in clear, encrypted before anything is stored. */
export type ClaimStepRequest =
  | { action: 'record-document'; kind: Extract<ClaimStep, { action: 'record-document' }>['kind']; reference: string }
  | { action: 'acknowledge'; contactPersonReference: string; estimatedDecisionBy: Date }
  | Exclude<ClaimStep, { action: 'record-document' | 'acknowledge' }>;

/** Takes one step on a claim: encrypts what is personal, plans the step against the claim's rules, applies it with its fact. */
@Injectable()
export class TakeClaimStep {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly keyring: Keyring,
  ) {}

  async execute(claimId: string, actor: string, request: ClaimStepRequest): Promise<Claim> {
    const claim = await this.claims.get(claimId);
    const step = await this.seal(claim.journeyId, request);
    return this.claims.apply(claim, planStep(claim, step, actor, new Date()));
  }

  private async seal(journeyId: string, request: ClaimStepRequest): Promise<ClaimStep> {
    switch (request.action) {
      case 'record-document':
        return { action: request.action, kind: request.kind, encryptedReference: await this.keyring.encrypt(journeyId, request.reference) };
      case 'acknowledge':
        return {
          action: request.action,
          estimatedDecisionBy: request.estimatedDecisionBy,
          encryptedContactPerson: await this.keyring.encrypt(journeyId, request.contactPersonReference),
        };
      default:
        return request;
    }
  }
}
