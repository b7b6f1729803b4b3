/**
 * Harbour refers a victim to a support organisation only on a basis it has recorded:
 *  - `consent`: the victim agreed to be referred;
 *  - `child-best-interests`: a child is referred in their best interests without consent
 *    (ATD Art 13-14, CETS 197 Art 10(4));
 *  - `vital-interests`: a danger to life or health that cannot wait for consent (GDPR Art 6(1)(d));
 *  - `national-law`: a national law obliges the referral (GDPR Art 6(1)(c)).
 * When nothing was recorded for the journey, the offer is made on the duty to facilitate
 * referral of VRD Art 8(2) (`vrd-8-2-pseudonymous-offer`): the organisation then learns only the
 * pseudonymous journey id and codes, nothing personal. When the victim objected, nobody is asked.
 */
export const RecordedReferralBases = ['consent', 'child-best-interests', 'vital-interests', 'national-law'] as const;
export type RecordedReferralBasis = (typeof RecordedReferralBases)[number];

export const ReferralBases = [...RecordedReferralBases, 'vrd-8-2-pseudonymous-offer'] as const;
export type ReferralBasis = (typeof ReferralBases)[number];

/** What may be recorded for a journey: a basis, or the victim's objection to any referral. */
export const ReferralBasisRecordings = [...RecordedReferralBases, 'objected'] as const;
export type ReferralBasisRecording = (typeof ReferralBasisRecordings)[number];

export class VictimObjectedError extends Error {
  constructor() {
    super('the victim objected to being referred: no organisation is asked');
    this.name = 'VictimObjectedError';
  }
}

/** The basis a new referral of the journey is made on; throws when the victim objected. */
export function basisToRefer(recorded: ReferralBasisRecording | undefined): ReferralBasis {
  if (recorded === 'objected') throw new VictimObjectedError();
  return recorded ?? 'vrd-8-2-pseudonymous-offer';
}
