/**
 * Closed vocabularies shared by events and APIs. Facts carry codes, never free text, so that
 * nothing personal can slip into an event.
 */
export const ReportChannels = ['police', 'online', 'third-party', 'anonymous'] as const;
export type ReportChannel = (typeof ReportChannels)[number];

export const CrimeTypes = [
  'trafficking-sexual-exploitation',
  'trafficking-labour-exploitation',
  'trafficking-forced-criminality',
  'trafficking-other',
  'organised-crime-violence',
] as const;
export type CrimeType = (typeof CrimeTypes)[number];

export const Specialisms = [
  'sexual-exploitation',
  'labour-exploitation',
  'forced-criminality',
  'children',
  'organised-crime-violence',
  'general-victim-support',
] as const;
export type Specialism = (typeof Specialisms)[number];

/** The specialism a support organisation needs for a crime type. */
export const SpecialismForCrime: Record<CrimeType, Specialism> = {
  'trafficking-sexual-exploitation': 'sexual-exploitation',
  'trafficking-labour-exploitation': 'labour-exploitation',
  'trafficking-forced-criminality': 'forced-criminality',
  'trafficking-other': 'general-victim-support',
  'organised-crime-violence': 'organised-crime-violence',
};

export const ReferralDeclineReasons = ['no-capacity', 'outside-specialism', 'outside-region', 'language', 'other'] as const;
export type ReferralDeclineReason = (typeof ReferralDeclineReasons)[number];

/** Why a referral was taken back: by the journey (not accepted in time, declined) or revoked by Harbour after it was accepted. */
export const ReferralWithdrawalReasons = ['not-accepted-in-time', 'declined', 'revoked'] as const;
export type ReferralWithdrawalReason = (typeof ReferralWithdrawalReasons)[number];

/** ISO 639-1 language code, lower case. */
export const LANGUAGE_CODE = /^[a-z]{2}$/;

/**
 * Countries Harbour serves (ISO 3166-1 alpha-2): the EU Member States and the European
 * Economic Area and Switzerland, each with a public-holiday calendar in the rule pack. A fact
 * about another country is refused at the boundary rather than stalling a journey whose
 * working-day deadlines could not be computed.
 */
export const ServedCountries = [
  'AT', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU',
  'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;
export type ServedCountry = (typeof ServedCountries)[number];

/** Channels on which a victim can be told or sent something. */
export const InformationChannels = ['in-person', 'phone', 'letter', 'email', 'sms', 'video'] as const;
export type InformationChannel = (typeof InformationChannels)[number];

/** Steps of criminal proceedings a victim may ask to be told of (VRD Art 6). */
export const ProceedingMilestones = [
  'case-opened',
  'decision-not-to-prosecute',
  'charges-brought',
  'trial-scheduled',
  'final-judgement',
  'offender-released',
  'offender-escaped',
] as const;
export type ProceedingMilestone = (typeof ProceedingMilestones)[number];

/** Outcome of an individual assessment of protection needs (VRD Art 22). */
export const RiskLevels = ['standard', 'high', 'very-high'] as const;
export type RiskLevel = (typeof RiskLevels)[number];

export const ProtectionOrderKinds = ['national-protection-order', 'european-protection-order', 'barring-order', 'police-protection'] as const;
export type ProtectionOrderKind = (typeof ProtectionOrderKinds)[number];

/** The basis of a referral to the national referral mechanism: an adult's consent, or a child's referral without it. */
export const NrmReferralConsents = ['recorded', 'not-required-child'] as const;
export type NrmReferralConsent = (typeof NrmReferralConsents)[number];

/** Outcome of a reasonable-grounds or conclusive-grounds decision in the national referral mechanism. */
export const GroundsDecisions = ['positive', 'negative'] as const;
export type GroundsDecision = (typeof GroundsDecisions)[number];

/** Why the person's age is uncertain (CETS 197 Art 10(3)); never the age itself. */
export const AgeUncertaintyReasons = ['no-documents', 'appearance', 'self-declared-minor', 'other'] as const;
export type AgeUncertaintyReason = (typeof AgeUncertaintyReasons)[number];
