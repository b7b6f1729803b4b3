import { JourneyActivities, ObligationFact, ObligationOutcome, ObligationView } from '@harbour/contracts/journey';
import { proxyActivities, uuid4 } from '@temporalio/workflow';

// On the journey's own task queue, where its worker serves the journey activities.
const { publishObligationOutcome } = proxyActivities<JourneyActivities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumInterval: '5 minutes' },
});

/**
 * Publishes how an obligation closed, with its reason code. The event id comes from the workflow's
 * deterministic uuid4, so a retried activity publishes the same event again, never a new one.
 */
export async function publishOutcome(journeyId: string, obligation: ObligationView): Promise<void> {
  if (!obligation.closedAt || obligation.status === 'open') throw new Error(`obligation ${obligation.obligationId} is still open`);
  const outcome: ObligationOutcome = obligation.status;
  await publishObligationOutcome({
    journeyId,
    eventId: uuid4(),
    outcome,
    fact: {
      obligationId: obligation.obligationId,
      ruleId: obligation.ruleId,
      rulePack: obligation.rulePack,
      legalBasis: obligation.legalBasis,
      basis: obligation.basis,
      ...(obligation.dueAt ? { dueAt: obligation.dueAt } : {}),
      openedAt: obligation.openedAt,
      at: obligation.closedAt,
      ...(obligation.reasonCode ? { reasonCode: obligation.reasonCode as ObligationFact['reasonCode'] } : {}),
    },
  });
}
