import type { ObligationOutcome, ObligationReasonCode, ObligationView } from '@harbour/contracts/journey';
import type { RuleId } from '@harbour/rules';
import { AtDue, AwaitedEvidence } from './obligation-table';

export interface DueOutcome {
  status: ObligationOutcome;
  reasonCode: ObligationReasonCode;
  evidence?: string;
}

type AtDueKind = NonNullable<(typeof AtDue)[RuleId]>;

/** A deadline missed while its evidence was awaited says so: queued is not delivered, a requested translation not done. */
const awaitedEvidence: Record<AwaitedEvidence, { reasonCode: ObligationReasonCode; evidence: (at: string) => string }> = {
  queued: { reasonCode: 'queued-without-receipt', evidence: (at) => `handed to a provider at ${at}; no delivery receipt by the due time` },
  'translation-requested': { reasonCode: 'translation-not-done', evidence: (at) => `written in a fallback language; the translation requested at ${at} was not done by the due time` },
};

/** Whether an outcome is a deadline missed while its evidence was awaited. */
export function missedAwaitingEvidence(reasonCode: string | undefined): boolean {
  return Object.values(awaitedEvidence).some((awaited) => awaited.reasonCode === reasonCode);
}

/**
 * What an obligation still open at its due time becomes, by the obligation table's `AtDue`:
 * missed for a deadline; for a protection period, met or breached with the breaches as evidence;
 * for an order, ended, or missed when its renewal was due and nobody decided it; a deadline whose
 * evidence was awaited (a queued message, a requested translation) is missed saying so. `applies` lets
 * journeys that began before a kind existed keep the outcome they had.
 */
export function outcomeAtDue(obligation: ObligationView, applies: (kind: AtDueKind) => boolean = () => true): DueOutcome {
  const kind = AtDue[obligation.ruleId as RuleId];
  if (kind === 'protection-period' && applies(kind)) {
    const breaches = obligation.breaches ?? [];
    if (breaches.length > 0) {
      return { status: 'breached', reasonCode: 'breached-during-protection-period', evidence: breaches.map(({ at, what }) => `${at}: ${what}`).join('; ') };
    }
    const evidence = `the period ran to its end at ${obligation.dueAt} with no removal and no conclusive-grounds decision without the person's request recorded`;
    return { status: 'met', reasonCode: 'protection-period-respected', evidence };
  }
  if (kind === 'ends-unless-renewal-due' && applies(kind)) {
    const asked = obligation.marks?.find(({ mark }) => mark === 'renewal-due');
    if (asked) return { status: 'missed', reasonCode: 'renewal-not-decided', evidence: `renewal to be decided from ${asked.at}; no decision by the end date` };
    return { status: 'ended', reasonCode: 'order-ended-on-its-date', evidence: `the order ended on its end date (${obligation.dueAt})` };
  }
  const awaited = [...(obligation.marks ?? [])].reverse().find(({ mark }) => mark in awaitedEvidence);
  if (awaited) {
    const { reasonCode, evidence } = awaitedEvidence[awaited.mark as AwaitedEvidence];
    return { status: 'missed', reasonCode, evidence: evidence(awaited.at) };
  }
  return { status: 'missed', reasonCode: 'due-time-passed' };
}
