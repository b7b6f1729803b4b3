import { Specialism } from '../vocabulary/vocabulary';

/** The journey asks support to offer a referral; support picks the organisation. */
export interface OfferReferralCommand {
  journeyId: string;
  /** Idempotency key: a retried activity returns the same offer. */
  offerKey: string;
  attempt: number;
  country: string;
  language: string;
  specialism: Specialism;
  /** Organisations already asked in this hand-off. */
  excludeOrganisationIds: string[];
  acceptBy: string;
}

export interface ReferralOfferResult {
  referralId: string;
  organisationId: string;
  helpline: boolean;
}

export interface WithdrawReferralCommand {
  referralId: string;
  reason: 'not-accepted-in-time' | 'declined';
}

/** Activities the support service serves on the `support` task queue. */
export interface SupportActivities {
  /** Returns null when no organisation is left to ask, the helpline included. */
  offerReferral(command: OfferReferralCommand): Promise<ReferralOfferResult | null>;
  withdrawReferral(command: WithdrawReferralCommand): Promise<void>;
}
