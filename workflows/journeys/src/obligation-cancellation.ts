import { CancelObligation, CancellationReasons } from '@harbour/contracts/journey';
import { ObligationLedger } from './obligation-ledger';

/** Throws, naming what is wrong, unless the journey's own open obligation can be cancelled for that reason. */
export function assertCancellable(ledger: ObligationLedger, request: CancelObligation): void {
  if (!(CancellationReasons as readonly string[]).includes(request?.reason)) {
    throw new Error(`reason must be one of ${CancellationReasons.join(', ')}`);
  }
  const obligation = ledger.all().find((candidate) => candidate.obligationId === request.obligationId);
  if (!obligation) throw new Error(`the journey has no obligation ${String(request.obligationId)} of its own (the referral hand-off keeps vrd-8)`);
  if (obligation.status !== 'open') throw new Error(`obligation ${obligation.obligationId} is already ${obligation.status}`);
}
