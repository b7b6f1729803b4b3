import { Injectable, Logger } from '@nestjs/common';
import { OfferReferralCommand, ReferralOfferResult } from '@harbour/contracts';
import { DirectoryRepository } from '../directory/directory.repository';
import { matchOrganisations } from '../directory/match-organisations';
import { basisToRefer, VictimObjectedError } from '../referral-basis/referral-basis';
import { ReferralBasisRepository } from '../referral-basis/referral-basis.repository';
import { HandOffTask } from '../webhooks/hand-off-task';
import { offerTo, Referral } from './referral';
import { ReferralRepository } from './referral.repository';

/**
 * Offers a journey's referral to the best-matching organisation not yet asked, on the basis
 * recorded for the journey, and hands the task to the organisation's channel. Idempotent on
 * the offer key: a retried activity gets the referral its first run made, and its hand-off is
 * completed if the first run stopped before it.
 */
@Injectable()
export class OfferReferral {
  private readonly logger = new Logger(OfferReferral.name);

  constructor(
    private readonly directory: DirectoryRepository,
    private readonly referrals: ReferralRepository,
    private readonly bases: ReferralBasisRepository,
    private readonly handOff: HandOffTask,
  ) {}

  async execute(command: OfferReferralCommand): Promise<ReferralOfferResult | null> {
    const referral = (await this.referrals.findOffer(command.journeyId, command.offerKey)) ?? (await this.offer(command));
    if (!referral) return null;
    await this.handOff.execute(referral);
    return offerResult(referral);
  }

  private async offer(command: OfferReferralCommand): Promise<Referral | null> {
    let basis;
    try {
      basis = basisToRefer(await this.bases.recordedFor(command.journeyId));
    } catch (error) {
      if (!(error instanceof VictimObjectedError)) throw error;
      // Nobody may be asked: to the journey this is the same as no organisation left.
      this.logger.log(`journey ${command.journeyId}: ${error.message}`);
      return null;
    }
    const candidates = await this.directory.inCountry(command.country);
    const [best] = matchOrganisations(candidates, command, command.excludeOrganisationIds);
    if (!best) return null;
    return this.referrals.insertOffer(offerTo(best.organisation, command, basis, new Date()));
  }
}

function offerResult(referral: Referral): ReferralOfferResult {
  return { referralId: referral._id, organisationId: referral.organisationId, helpline: referral.helpline };
}
