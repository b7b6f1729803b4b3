import { ObligationView } from '@harbour/contracts/journey';
import { condition } from '@temporalio/workflow';
import { ObligationLedger } from './obligation-ledger';
import { msUntil, now } from './workflow-time';

export interface ClockHandlers {
  onReminder?(at: string): void;
  onMissed(obligation: ObligationView): Promise<void>;
}

/**
 * A durable clock on one open obligation: it sleeps until each reminder and then the due time,
 * and stops as soon as the obligation closes. If the due time comes first, the obligation is
 * missed. A due time moved while it sleeps (a child's shorter period) wakes it to sleep until the
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
    handlers.onReminder?.(reminderAt);
  }
  for (;;) {
    const { dueAt } = ledger.get(obligationId);
    const closedOrMoved = () => closed() || ledger.get(obligationId).dueAt !== dueAt;
    // An obligation without a due time waits for the fact that closes it, and can never be missed.
    if (!dueAt) await condition(closedOrMoved);
    else if (!(await condition(closedOrMoved, msUntil(dueAt), { summary: `${obligationId} due` }))) break;
    if (closed()) return;
  }
  const missed = ledger.close(obligationId, 'missed', now());
  if (missed) await handlers.onMissed(missed);
}
