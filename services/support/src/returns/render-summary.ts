import { Specialism } from '@harbour/contracts';
import { SupportNeedCode } from '../support-plans/support-needs';
import de from './summary-labels/de.json';
import en from './summary-labels/en.json';
import fr from './summary-labels/fr.json';
import nl from './summary-labels/nl.json';

type SummaryLabels = typeof en;

/** Languages a cross-border summary can be written in: one data file each in summary-labels/. */
export const SummaryLanguages: Record<string, SummaryLabels> = { en, fr, nl, de };
const FALLBACK = 'en';

/** What the receiving organisation is told: codes and references only, nothing personal. */
export interface ReturnSummaryFacts {
  journeyId: string;
  departureDate: Date;
  specialism: Specialism;
  victimLanguage: string;
  child: boolean;
  needs: SupportNeedCode[];
  longTermSupport: boolean;
  riskAssessmentReference: string;
}

export interface SummaryField {
  field: keyof ReturnSummaryFacts;
  label: string;
  value: string;
}

export interface RenderedSummary {
  language: string;
  fields: SummaryField[];
}

/** The first of the organisation's languages Harbour has labels for, else English. */
export function summaryLanguageFor(organisationLanguages: readonly string[]): string {
  return organisationLanguages.find((language) => language in SummaryLanguages) ?? FALLBACK;
}

/** The summary with its labels and coded values in the given language. */
export function renderSummary(facts: ReturnSummaryFacts, language: string): RenderedSummary {
  const text = SummaryLanguages[language] ?? SummaryLanguages[FALLBACK];
  const yesNo = (value: boolean) => (value ? text.yes : text.no);
  const values: Record<keyof ReturnSummaryFacts, string> = {
    journeyId: facts.journeyId,
    departureDate: facts.departureDate.toISOString().slice(0, 10),
    specialism: text.specialisms[facts.specialism],
    victimLanguage: facts.victimLanguage,
    child: yesNo(facts.child),
    needs: facts.needs.map((need) => text.needs[need]).join(', '),
    longTermSupport: yesNo(facts.longTermSupport),
    riskAssessmentReference: facts.riskAssessmentReference,
  };
  const fields = (Object.keys(text.labels) as (keyof ReturnSummaryFacts)[]).map((field) => ({ field, label: text.labels[field], value: values[field] }));
  return { language: SummaryLanguages[language] ? language : FALLBACK, fields };
}
