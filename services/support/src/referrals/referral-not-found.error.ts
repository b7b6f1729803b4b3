/**
 * No referral with this id, or none the caller may see: the two answer alike, so that an
 * organisation cannot learn that another organisation's referral exists.
 */
export class ReferralNotFoundError extends Error {
  constructor(referralId: string) {
    super(`referral ${referralId} not found`);
    this.name = 'ReferralNotFoundError';
  }
}
