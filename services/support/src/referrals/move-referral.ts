import { ConflictException, Injectable } from '@nestjs/common';
import { PlacesRepository } from '../directory/places.repository';
import { planStep, Referral, ReferralStep } from './referral';
import { ReferralRepository } from './referral.repository';
import { PlaceHoldingStatuses } from './referral-status';

export class NoOpenPlaceError extends ConflictException {
  constructor(organisationId: string) {
    super(`${organisationId} has no open place left: complete or revoke a referral first, or decline this one`);
  }
}

/**
 * Moves a referral one step and keeps the organisation's places in line with it: accepting
 * claims a place first (refused when none is open) and gives it back if the referral could not
 * move; completing or revoking gives the place back after the referral moved.
 */
@Injectable()
export class MoveReferral {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly places: PlacesRepository,
  ) {}

  async execute(referral: Referral, step: ReferralStep, actor: string): Promise<Referral> {
    const change = planStep(referral, step, actor, new Date());
    const claims = PlaceHoldingStatuses.includes(change.status) && !PlaceHoldingStatuses.includes(referral.status);
    if (claims && !(await this.places.claim(referral.organisationId, referral._id))) throw new NoOpenPlaceError(referral.organisationId);
    try {
      await this.referrals.apply(referral, change);
    } catch (error) {
      if (claims) await this.places.release(referral.organisationId, referral._id);
      throw error;
    }
    if (PlaceHoldingStatuses.includes(referral.status) && !PlaceHoldingStatuses.includes(change.status)) {
      await this.places.release(referral.organisationId, referral._id);
    }
    return { ...referral, ...change.fields, status: change.status };
  }
}
