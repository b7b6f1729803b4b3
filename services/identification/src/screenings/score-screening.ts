import { ScreeningRecommendation } from '@harbour/contracts';
import { IndicatorCategory, IndicatorChecklist } from './indicator-checklist';

export interface ScreeningResult {
  recommendation: ScreeningRecommendation;
  /** The categories observed, each with the indicators behind it. */
  flags: { category: IndicatorCategory; indicatorIds: string[] }[];
  /** Why this recommendation, in codes and figures a reader can check against the checklist. */
  reasons: string[];
  totalWeight: number;
}

/**
 * Weighs the indicators observed against the checklist and recommends a next step. It is advice
 * to the first responder, who decides whether to refer; identification itself is the decision
 * maker's (reasonable and conclusive grounds), never this function's.
 */
export function scoreScreening(checklist: IndicatorChecklist, observedIds: readonly string[]): ScreeningResult {
  const observed = checklist.indicators.filter((entry) => observedIds.includes(entry.id));
  const unknown = observedIds.filter((id) => !observed.some((entry) => entry.id === id));
  if (unknown.length > 0) throw new Error(`not indicators of checklist ${checklist.version}: ${unknown.join(', ')}`);

  const totalWeight = observed.reduce((sum, entry) => sum + entry.weight, 0);
  const flags = [...new Set(observed.map((entry) => entry.category))].map((category) => ({
    category,
    indicatorIds: observed.filter((entry) => entry.category === category).map((entry) => entry.id),
  }));
  if (observed.length === 0) {
    return { recommendation: 'no-indicators', flags, reasons: ['no indicator of the checklist was observed'], totalWeight };
  }
  const strong = observed.filter((entry) => entry.strong).map((entry) => entry.id);
  const reasons = [
    ...strong.map((id) => `strong indicator observed: ${id}`),
    `total weight ${totalWeight} against the referral threshold ${checklist.referralThreshold}`,
  ];
  const refer = strong.length > 0 || totalWeight >= checklist.referralThreshold;
  return { recommendation: refer ? 'refer-to-nrm' : 'consider-referral', flags, reasons, totalWeight };
}
