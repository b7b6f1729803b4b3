import { CompensationScheme, ServedCountry, SupportingDocumentKind } from '@harbour/contracts';

export interface ChecklistEntry {
  kind: SupportingDocumentKind;
  required: boolean;
}

/**
 * The supporting documents each scheme asks for. Kept as data so that a country's list can be
 * changed without touching the claim's logic.
 */
export const SupportingDocumentChecklists: Record<CompensationScheme, readonly ChecklistEntry[]> = {
  offender: [
    { kind: 'identity-document', required: true },
    { kind: 'criminal-judgement', required: true },
    { kind: 'proof-of-loss', required: true },
    { kind: 'medical-report', required: false },
    { kind: 'legal-aid-decision', required: false },
  ],
  'state-fund': [
    { kind: 'identity-document', required: true },
    { kind: 'police-report', required: true },
    { kind: 'proof-of-loss', required: true },
    { kind: 'bank-details', required: true },
    { kind: 'medical-report', required: false },
    { kind: 'proof-of-other-compensation', required: false },
  ],
  'dedicated-fund': [
    { kind: 'identity-document', required: true },
    { kind: 'police-report', required: true },
    { kind: 'perpetrator-unknown-attestation', required: true },
    { kind: 'proof-of-loss', required: true },
    { kind: 'bank-details', required: true },
    { kind: 'medical-report', required: false },
  ],
};

export type AppealWindows = Partial<Record<ServedCountry, Partial<Record<CompensationScheme, number>>>>;

/**
 * Days to appeal a decision, counted from the decision, per scheme. These are Harbour's default
 * figures; a country whose law sets its own period gets an entry in CountryAppealWindows.
 */
export const DefaultAppealWindowDays: Record<CompensationScheme, number> = {
  offender: 30,
  'state-fund': 60,
  'dedicated-fund': 60,
};

/** Country periods that differ from the defaults; none confirmed yet. */
export const CountryAppealWindows: AppealWindows = {};

export function appealWindowDays(country: string, scheme: CompensationScheme, countries: AppealWindows = CountryAppealWindows): number {
  return countries[country as ServedCountry]?.[scheme] ?? DefaultAppealWindowDays[scheme];
}

/** When the appeal window of a decision taken at `decidedAt` closes (calendar days). */
export function appealDeadline(decidedAt: Date, country: string, scheme: CompensationScheme, countries?: AppealWindows): Date {
  return new Date(decidedAt.getTime() + appealWindowDays(country, scheme, countries) * 24 * 3600_000);
}

/**
 * Why a scheme does not fit what is known of the perpetrator, or undefined when it fits: the
 * dedicated fund is for crimes whose perpetrator is unknown, a claim against the offender needs one.
 */
export function schemeMismatch(scheme: CompensationScheme, perpetratorKnown: boolean): string | undefined {
  if (scheme === 'dedicated-fund' && perpetratorKnown) {
    return 'scheme dedicated-fund is only for crimes whose perpetrator is unknown (perpetratorKnown must be false); claim from the state-fund or the offender instead';
  }
  if (scheme === 'offender' && !perpetratorKnown) {
    return 'scheme offender needs a known perpetrator (perpetratorKnown must be true); claim from the dedicated-fund instead';
  }
  return undefined;
}

/** The checklists as a flat vocabulary for integrators: `<scheme>/<document kind>` → `required` | `optional`. */
export function checklistVocabulary(): Record<string, 'required' | 'optional'> {
  return Object.fromEntries(
    Object.entries(SupportingDocumentChecklists).flatMap(([scheme, entries]) =>
      entries.map(({ kind, required }) => [`${scheme}/${kind}`, required ? 'required' : 'optional'] as const),
    ),
  );
}
