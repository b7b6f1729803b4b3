import type { JourneyFact, ReferralAccepted, ReferralDeclined, ReportReceived } from '@harbour/contracts/journey';

/**
 * The fact types the journey reads itself: a report starts the hand-off, referral answers go to it.
 * What a fact does to the legal clocks is in the obligation table, for these and other facts.
 */
export const JourneyFactTypes = {
  reportReceived: 'harbour.reporting.report.received.v1',
  referralAccepted: 'harbour.support.referral.accepted.v1',
  referralDeclined: 'harbour.support.referral.declined.v1',
} as const;

export type KnownFact =
  | { type: typeof JourneyFactTypes.reportReceived; data: ReportReceived }
  | { type: typeof JourneyFactTypes.referralAccepted; data: ReferralAccepted }
  | { type: typeof JourneyFactTypes.referralDeclined; data: ReferralDeclined };

export type ReferralAnswer = Extract<KnownFact, { type: typeof JourneyFactTypes.referralAccepted | typeof JourneyFactTypes.referralDeclined }>;

const known = new Set<string>(Object.values(JourneyFactTypes));

/** The router hands over validated facts only, so a known type carries that type's data. */
export function readFact(fact: JourneyFact): KnownFact | undefined {
  return known.has(fact.type) ? ({ type: fact.type, data: fact.data } as unknown as KnownFact) : undefined;
}
