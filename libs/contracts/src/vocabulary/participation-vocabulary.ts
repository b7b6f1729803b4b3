/**
 * On what basis an organisation takes part in a journey. A support organisation that was only
 * offered a referral is not a participant: it sees the pseudonymous offer in its inbox, nothing else.
 */
export const ParticipationBases = [
  'reported',
  'screened',
  'referred-to-nrm',
  'accepted-referral',
  'protection-authority',
  'justice-authority',
  'compensation-authority',
] as const;
export type ParticipationBasis = (typeof ParticipationBases)[number];

/** The bases held by one authority at a time: the one with the case. */
export const CaseHoldingBases: readonly ParticipationBasis[] = ['protection-authority', 'justice-authority', 'compensation-authority'];
