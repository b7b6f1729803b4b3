import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { idempotentId, Keyring } from '@harbour/persistence';
import { Claim, receiveCrossBorderApplication } from '../claims/claim';
import { ClaimRepository } from '../claims/claim.repository';
import { CrossBorderApplicationDto } from './cross-border-application.dto';

export interface ReceiveApplicationCommand {
  journeyId: string;
  application: CrossBorderApplicationDto;
  actor: string;
  /** Client-chosen key that makes a retried POST answer with the first application instead of a second one. */
  idempotencyKey?: string;
}

/**
 * The assisting authority records an application for a crime in another Member State. The
 * standard form is encrypted under the journey's key; the fact names only the two countries.
 */
@Injectable()
export class ReceiveCrossBorderApplication {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly keyring: Keyring,
  ) {}

  async execute({ journeyId, application, actor, idempotencyKey }: ReceiveApplicationCommand): Promise<{ claim: Claim; replayed: boolean }> {
    const { scheme, crimeDate, decidingCountry, assistingCountry, perpetratorKnown, currency, headsOfLoss, standardForm } = application;
    const encryptedStandardForm = await this.keyring.encrypt(journeyId, JSON.stringify(standardForm));
    const terms = { journeyId, scheme, crimeDate: new Date(crimeDate), crimeCountry: decidingCountry, perpetratorKnown, currency, headsOfLoss };
    const claimId = idempotencyKey ? idempotentId(actor, idempotencyKey) : randomUUID();
    return this.claims.insertOnce(receiveCrossBorderApplication(terms, { assistingCountry, encryptedStandardForm }, actor, new Date(), claimId));
  }
}
