import { ObligationView } from '@harbour/contracts/journey';
import { condition, patched } from '@temporalio/workflow';
import { outcomeAtDue } from './obligation-due-outcome';
import { ObligationLedger } from './obligation-ledger';
import { msUntil, now } from './workflow-time';

export interface ClockHandlers {
  onReminder?(at: string): void | Promise<void>;
  /** The obligation closed at its due time: missed, or what its kind becomes then (met, breached, ended). */
  onDue(obligation: ObligationView): Promise<void>;
}

/**
 * A durable clock on one open obligation: it sleeps until each reminder and then the due time,
 * and stops as soon as the obligation closes. If the due time comes first, the obligation is
 * missed, or for a protection period or an order closes as its kind says. A due time moved while it sleeps (a child's shorter period) wakes it to sleep until the
 * new one. After a continue-as-new it restarts from the carried due time.
 */
export async function runObligationClock(
  ledger: ObligationLedger,
  obligationId: string,
  reminders: string[],
  handlers: ClockHandlers,
): Promise<void> {
  const closed = () => !ledger.isOpen(obligationId);
  for (const reminderAt of reminders.filter((at) => at > now())) {
    if (await condition(closed, msUntil(reminderAt), { summary: `${obligationId} reminder` })) return;
    await handlers.onReminder?.(reminderAt);
  }
  for (;;) {
    const { dueAt } = ledger.get(obligationId);
    const closedOrMoved = () => closed() || ledger.get(obligationId).dueAt !== dueAt;
    // An obligation without a due time waits for the fact that closes it, and can never be missed.
    if (!dueAt) await condition(closedOrMoved);
    else if (!(await condition(closedOrMoved, msUntil(dueAt), { summary: `${obligationId} due` }))) break;
    if (closed()) return;
  }
  // Journeys from before a kind of outcome existed keep the missed they had, on replay too.
  const outcome = outcomeAtDue(ledger.get(obligationId), (kind) => patched(`at-due-${kind}`));
  // A period that ran its course, or an order that ended, closed at its end; a deadline is missed when the clock saw it pass.
  const closedAt = outcome.status === 'missed' ? now() : (ledger.get(obligationId).dueAt ?? now());
  const atDue = ledger.close(obligationId, outcome.status, closedAt, outcome.reasonCode, outcome.evidence);
  if (atDue) await handlers.onDue(atDue);
}
