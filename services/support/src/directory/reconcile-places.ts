import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ReferralRepository } from '../referrals/referral.repository';
import { PlaceHoldingStatuses } from '../referrals/referral-status';
import { PlacesRepository } from './places.repository';

/**
 * Gives back places still claimed for referrals that no longer hold one: left behind when the
 * process stopped between the referral's write and the organisation's. Only referrals that
 * are done (declined, withdrawn, completed, revoked) or unknown lose their claim; an offered
 * one may be in the middle of being accepted and keeps it. Runs when the service starts.
 */
@Injectable()
export class ReconcilePlaces implements OnApplicationBootstrap {
  constructor(
    private readonly places: PlacesRepository,
    private readonly referrals: ReferralRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.execute();
  }

  async execute(): Promise<number> {
    let released = 0;
    for (const { organisationId, referralIds } of await this.places.held()) {
      const statuses = await this.referrals.statusesOf(organisationId, referralIds);
      for (const referralId of referralIds) {
        const status = statuses.get(referralId);
        if (status === 'offered' || (status && PlaceHoldingStatuses.includes(status))) continue;
        await this.places.release(organisationId, referralId);
        released += 1;
      }
    }
    return released;
  }
}
