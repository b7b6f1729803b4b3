import { randomUUID } from 'node:crypto';
import {
  OfferReferralCommand,
  ReferralOfferResult,
  SupportActivities,
  WithdrawReferralCommand,
} from '@harbour/contracts';

/**
 * Stands in for the support service's activities: offers go to the listed organisations in
 * order, skipping those already asked; a retried offer (same key) gets the same answer.
 */
export class FakeSupportDirectory {
  readonly offers: OfferReferralCommand[] = [];
  readonly withdrawals: WithdrawReferralCommand[] = [];
  private readonly answered = new Map<string, ReferralOfferResult | null>();

  constructor(public organisations: string[] = []) {}

  activities(): SupportActivities {
    return {
      offerReferral: async (command) => {
        if (!this.answered.has(command.offerKey)) {
          this.offers.push(command);
          const organisationId = this.organisations.find((id) => !command.excludeOrganisationIds.includes(id));
          this.answered.set(command.offerKey, organisationId ? { referralId: randomUUID(), organisationId, helpline: false } : null);
        }
        return this.answered.get(command.offerKey) ?? null;
      },
      withdrawReferral: async (command) => {
        this.withdrawals.push(command);
      },
    };
  }
}
