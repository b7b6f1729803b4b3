import { ReferralStatus } from './referral-status';

/** Needs and plans belong to support that is under way: an accepted or running referral. */
export class ReferralNotActiveError extends Error {
  constructor(readonly status: ReferralStatus) {
    super(`a referral that is ${status} has no support under way: only an accepted or in-progress referral takes a needs assessment or a support plan`);
    this.name = 'ReferralNotActiveError';
  }
}
