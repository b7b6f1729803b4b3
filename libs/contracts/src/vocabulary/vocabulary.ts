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

/** What a screening suggests to the first responder; a recommendation only, never an identification decision. */
export const ScreeningRecommendations = ['refer-to-nrm', 'consider-referral', 'no-indicators'] as const;
export type ScreeningRecommendation = (typeof ScreeningRecommendations)[number];

/** The decisions an NRM referral waits for, each a task for an NRM decision maker. */
export const DecisionTaskKinds = ['reasonable-grounds', 'conclusive-grounds'] as const;
export type DecisionTaskKind = (typeof DecisionTaskKinds)[number];

/**
 * Offences a presumed victim may be suspected of that are typically linked to being trafficked
 * (ATD Art 8; CETS 197 Art 26): categories only, never the facts of the case.
 */
export const NonPunishmentOffenceCategories = [
  'immigration',
  'document-fraud',
  'drug-production',
  'drug-supply',
  'theft',
  'begging',
  'sex-work-related',
  'labour-law',
  'other',
] as const;
export type NonPunishmentOffenceCategory = (typeof NonPunishmentOffenceCategories)[number];

/**
 * Categories that reveal the person's immigration situation. They stay in identification:
 * never in an event, never shown to enforcement roles, who learn only that the offence is
 * linked to the trafficking (the immigration firewall).
 */
export const ImmigrationOffenceCategories: readonly NonPunishmentOffenceCategory[] = ['immigration', 'document-fraud'];

/** The categories a fact may carry. */
export const PublishableOffenceCategories = NonPunishmentOffenceCategories.filter((category) => !ImmigrationOffenceCategories.includes(category));

/** Kinds of identity attribute whose keyed hashes may match across journeys; the values themselves never leave the service. */
export const IdentityAttributeKinds = ['full-name', 'date-of-birth', 'nationality', 'identity-document'] as const;
export type IdentityAttributeKind = (typeof IdentityAttributeKinds)[number];
/**
 * The grade an individual assessment gives (VRD Art 22); the journey's RiskLevels are coarser:
 * see RiskLevelForGrade.
 */
export const RiskGrades = ['low', 'medium', 'high', 'critical'] as const;
export type RiskGrade = (typeof RiskGrades)[number];

/** The journey's risk level for an assessment's grade. */
export const RiskLevelForGrade: Record<RiskGrade, RiskLevel> = {
  low: 'standard',
  medium: 'standard',
  high: 'high',
  critical: 'very-high',
};

/** Why the victim's protection needs are to be assessed again (VRD Art 22(7)). */
export const ReassessmentReasons = [
  'circumstances-changed',
  'order-breached',
  'offender-released',
  'offender-escaped',
  'new-threat',
  'victim-moved',
  'proceedings-stage',
  'victim-request',
] as const;
export type ReassessmentReason = (typeof ReassessmentReasons)[number];

/** Protection measures the protection service records: the orders above, and measures that are not orders. */
export const ProtectionMeasureKinds = [...ProtectionOrderKinds, 'shelter', 'witness-protection-referral'] as const;
export type ProtectionMeasureKind = (typeof ProtectionMeasureKinds)[number];

/** Why an order was revoked before its end. */
export const RevocationReasons = ['court-decision', 'risk-ended', 'victim-request', 'replaced-by-other-order'] as const;
export type RevocationReason = (typeof RevocationReasons)[number];

/** The executing state's decision on a European Protection Order (Directive 2011/99/EU Art 9, 10). */
export const EpoRecognitionDecisions = ['recognised', 'refused'] as const;
export type EpoRecognitionDecision = (typeof EpoRecognitionDecisions)[number];

/** Grounds for refusing to recognise a European Protection Order (Directive 2011/99/EU Art 10(1)). */
export const EpoRefusalReasons = [
  'incomplete-order',
  'not-a-protection-measure',
  'not-an-offence-in-executing-state',
  'immunity',
  'statute-barred',
  'ne-bis-in-idem',
  'below-age-of-criminal-responsibility',
  'other-ground-art-10',
] as const;
export type EpoRefusalReason = (typeof EpoRefusalReasons)[number];
