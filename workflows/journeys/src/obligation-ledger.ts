import type { ObligationOutcome, ObligationView } from '@harbour/contracts/journey';
import type { ObligationReasonCode } from '@harbour/contracts/journey';
import { legalBasisText, ResolvedRule } from '@harbour/rules';

/**
 * The obligations of one workflow, each a small state machine: it opens with its due time and
 * legal basis and closes once, as met (with evidence), missed, declined by the victim or
 * cancelled. Pure, so the same ledger serves the journey and its child workflows.
 */
export class ObligationLedger {
  private readonly obligations: ObligationView[];

  constructor(carried: ObligationView[] = []) {
    this.obligations = carried.map((obligation) => ({ ...obligation }));
  }

  /**
   * Without a due time the obligation holds until a fact closes it, e.g. "do not remove" until conclusive
   * grounds; or, with `dueUncomputable`, until operations set right a date no calendar covers.
   */
  open(rule: ResolvedRule, openedAt: string, dueAt: string | undefined, subjectKey?: string, dueUncomputable?: string, calendarCountry?: string): ObligationView {
    const sequence = this.obligations.filter((obligation) => obligation.ruleId === rule.id).length + 1;
    const obligation: ObligationView = {
      obligationId: `${rule.id}#${sequence}`,
      ruleId: rule.id,
      title: rule.title,
      legalBasis: legalBasisText(rule),
      basis: rule.basis,
      rulePack: rule.rulePack,
      openedAt,
      ...(dueAt ? { dueAt } : {}),
      status: 'open',
      ...(subjectKey ? { subjectKey } : {}),
      ...(dueUncomputable ? { dueUncomputable } : {}),
      ...(calendarCountry ? { calendarCountry } : {}),
    };
    this.obligations.push(obligation);
    return obligation;
  }

  /** Closes an open obligation; returns it, or undefined if it was already closed. */
  close(obligationId: string, status: ObligationOutcome, at: string, reasonCode: ObligationReasonCode, evidence?: string): ObligationView | undefined {
    const obligation = this.get(obligationId);
    if (obligation.status !== 'open') return undefined;
    obligation.status = status;
    obligation.closedAt = at;
    obligation.reasonCode = reasonCode;
    if (evidence) obligation.evidence = evidence;
    return obligation;
  }

  /** Notes a fact that decides the open obligation's outcome at its due time. */
  mark(obligationId: string, mark: string, at: string): void {
    const obligation = this.get(obligationId);
    if (obligation.status === 'open') obligation.marks = [...(obligation.marks ?? []), { mark, at }];
  }

  /** Notes a reminder sent while the obligation is still open. */
  remind(obligationId: string, at: string): void {
    const obligation = this.get(obligationId);
    if (obligation.status === 'open') obligation.remindedAt = [...(obligation.remindedAt ?? []), at];
  }

  /** Moves an open obligation's due time, e.g. to a child's shorter period; its clock follows. */
  retime(obligationId: string, dueAt: string): void {
    const obligation = this.get(obligationId);
    if (obligation.status === 'open') obligation.dueAt = dueAt;
  }

  /** Counts an open obligation from an earlier trigger that arrived late: the clock follows. */
  backdate(obligationId: string, openedAt: string, dueAt: string | undefined): void {
    const obligation = this.get(obligationId);
    if (obligation.status !== 'open') return;
    obligation.openedAt = openedAt;
    if (dueAt) obligation.dueAt = dueAt;
  }

  /** Records a fact that breached the rule while the obligation stays open. */
  recordBreach(obligationId: string, at: string, what: string): void {
    const obligation = this.get(obligationId);
    if (obligation.status === 'open') obligation.breaches = [...(obligation.breaches ?? []), { at, what }];
  }

  get(obligationId: string): ObligationView {
    const obligation = this.obligations.find((candidate) => candidate.obligationId === obligationId);
    if (!obligation) throw new Error(`no obligation ${obligationId}`);
    return obligation;
  }

  has(ruleId: string): boolean {
    return this.obligations.some((obligation) => obligation.ruleId === ruleId);
  }

  isOpen(obligationId: string): boolean {
    return this.get(obligationId).status === 'open';
  }

  openObligations(): ObligationView[] {
    return this.obligations.filter((obligation) => obligation.status === 'open');
  }

  /** The open obligations of these rules, and of that subject when one is given. */
  openOf(ruleIds: readonly string[], subjectKey?: string): ObligationView[] {
    return this.openObligations().filter(
      (obligation) => ruleIds.includes(obligation.ruleId) && (subjectKey === undefined || obligation.subjectKey === subjectKey),
    );
  }

  all(): ObligationView[] {
    return this.obligations.map((obligation) => ({ ...obligation }));
  }
}

/** The earliest due time among open obligations. */
export function nextDeadline(obligations: ObligationView[]): string | undefined {
  return obligations
    .filter((obligation) => obligation.status === 'open')
    .flatMap((obligation) => (obligation.dueAt ? [obligation.dueAt] : []))
    .sort()[0];
}

export function missedCount(obligations: ObligationView[]): number {
  return obligations.filter((obligation) => obligation.status === 'missed').length;
}
