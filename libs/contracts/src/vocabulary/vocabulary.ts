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

export const ReferralWithdrawalReasons = ['not-accepted-in-time', 'declined'] as const;
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
