/**
 * The trafficking-indicator checklist first responders screen with, as versioned data. Each
 * indicator has a stable id (what events carry), a category, a wording key (the wording itself
 * lives with the translations of the forms), a weight, and whether it is strong enough alone to
 * recommend a referral. A changed list is a new version; screenings keep the version they used.
 * Sources: ILO/EC operational indicators (2009), UNODC indicators, UK NRM guidance.
 */
export const IndicatorCategories = [
  'deception',
  'coercion',
  'restricted-movement',
  'debt-bondage',
  'withheld-documents',
  'working-conditions',
  'living-conditions',
  'child',
] as const;
export type IndicatorCategory = (typeof IndicatorCategories)[number];

export interface Indicator {
  id: string;
  category: IndicatorCategory;
  wordingKey: string;
  weight: 1 | 2 | 3;
  /** Alone enough to recommend a referral to the NRM. */
  strong: boolean;
}

export interface IndicatorChecklist {
  version: string;
  /** Total weight from which a referral is recommended even without a strong indicator. */
  referralThreshold: number;
  indicators: readonly Indicator[];
}

const indicator = (id: string, category: IndicatorCategory, weight: Indicator['weight'], strong = false): Indicator => ({
  id,
  category,
  wordingKey: `screening.indicator.${id}`,
  weight,
  strong,
});

export const IndicatorChecklistV2026_1: IndicatorChecklist = {
  version: '2026.1',
  referralThreshold: 4,
  indicators: [
    indicator('deceived-about-work', 'deception', 2),
    indicator('deceived-about-conditions', 'deception', 2),
    indicator('deceived-about-travel', 'deception', 1),
    indicator('threats-to-person-or-family', 'coercion', 3, true),
    indicator('physical-or-sexual-violence', 'coercion', 3, true),
    indicator('forced-to-commit-offences', 'coercion', 3, true),
    indicator('isolated-from-others', 'coercion', 2),
    indicator('confined-or-locked-in', 'restricted-movement', 3, true),
    indicator('always-accompanied', 'restricted-movement', 1),
    indicator('does-not-know-address', 'restricted-movement', 1),
    indicator('debt-bondage', 'debt-bondage', 3, true),
    indicator('wages-withheld', 'debt-bondage', 2),
    indicator('withheld-identity-documents', 'withheld-documents', 3, true),
    indicator('false-documents-from-others', 'withheld-documents', 1),
    indicator('excessive-working-hours', 'working-conditions', 1),
    indicator('no-control-over-earnings', 'working-conditions', 2),
    indicator('lives-at-workplace', 'living-conditions', 1),
    indicator('degrading-living-conditions', 'living-conditions', 1),
    indicator('unaccompanied-child', 'child', 3, true),
    indicator('child-in-exploitative-work', 'child', 3, true),
  ],
};

/** The version new screenings use. */
export const CurrentIndicatorChecklist = IndicatorChecklistV2026_1;

export const CurrentIndicatorIds: readonly string[] = CurrentIndicatorChecklist.indicators.map((entry) => entry.id);
