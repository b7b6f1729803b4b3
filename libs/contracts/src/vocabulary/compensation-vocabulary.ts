/**
 * Closed vocabularies of compensation claims. Facts carry these codes, never amounts of a
 * victim's losses in words or any document's content.
 */

/** Who pays: the offender, the national state fund, or a dedicated fund when the perpetrator is unknown. */
export const CompensationSchemes = ['offender', 'state-fund', 'dedicated-fund'] as const;
export type CompensationScheme = (typeof CompensationSchemes)[number];

/** Outcome of a decision on a claim (or on its appeal). */
export const CompensationOutcomes = ['granted', 'partly-granted', 'refused'] as const;
export type CompensationOutcome = (typeof CompensationOutcomes)[number];

/** Heads of loss a claim may list, each with its own amount. */
export const HeadsOfLoss = [
  'medical-costs',
  'psychological-care',
  'loss-of-earnings',
  'unpaid-wages',
  'material-damage',
  'non-material-damage',
  'legal-costs',
  'travel-and-accommodation',
  'funeral-costs',
] as const;
export type HeadOfLoss = (typeof HeadsOfLoss)[number];

/** Kinds of supporting document a scheme may ask for. */
export const SupportingDocumentKinds = [
  'identity-document',
  'police-report',
  'criminal-judgement',
  'proof-of-loss',
  'medical-report',
  'bank-details',
  'perpetrator-unknown-attestation',
  'proof-of-other-compensation',
  'legal-aid-decision',
  'cross-border-standard-form',
] as const;
export type SupportingDocumentKind = (typeof SupportingDocumentKinds)[number];
