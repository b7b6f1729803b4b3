import { Injectable } from '@nestjs/common';
import { Referral } from './referral';
import { ReferralNotFoundError } from './referral-not-found.error';
import { ReferralRepository } from './referral.repository';
import { MoveReferral } from './move-referral';

/** Harbour's operations take a referral back from its organisation, e.g. when it cannot support the victim after all. */
@Injectable()
export class RevokeReferral {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly move: MoveReferral,
  ) {}

  async execute(referralId: string, actor: string): Promise<Referral> {
    const referral = await this.referrals.findForJourney(referralId);
    if (!referral) throw new ReferralNotFoundError(referralId);
    return this.move.execute(referral, { action: 'revoke' }, actor);
  }
}
