import { Injectable } from '@nestjs/common';
import { OfferReferralCommand, ReferralOfferResult } from '@harbour/contracts';
import { DirectoryRepository } from '../directory/directory.repository';
import { matchOrganisations } from '../directory/match-organisations';
import { offerTo, Referral } from './referral';
import { ReferralRepository } from './referral.repository';

/**
 * Offers a journey's referral to the best-matching organisation not yet asked. Idempotent on
 * the offer key: a retried activity gets the referral its first run made.
 */
@Injectable()
export class OfferReferral {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly referrals: ReferralRepository,
  ) {}

  async execute(command: OfferReferralCommand): Promise<ReferralOfferResult | null> {
    const earlier = await this.referrals.findOffer(command.journeyId, command.offerKey);
    if (earlier) return offerResult(earlier);
    const candidates = await this.directory.inCountry(command.country);
    const [best] = matchOrganisations(candidates, command, command.excludeOrganisationIds);
    if (!best) return null;
    return offerResult(await this.referrals.insertOffer(offerTo(best.organisation, command, new Date())));
  }
}

function offerResult(referral: Referral): ReferralOfferResult {
  return { referralId: referral._id, organisationId: referral.organisationId, helpline: referral.helpline };
}
