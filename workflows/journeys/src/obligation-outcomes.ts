import { JourneyActivities, ObligationView } from '@harbour/contracts/journey';
import { proxyActivities, uuid4 } from '@temporalio/workflow';

// On the journey's own task queue, where its worker serves the journey activities.
const { publishObligationOutcome } = proxyActivities<JourneyActivities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumInterval: '5 minutes' },
});

/**
 * Publishes that an obligation was met or missed. The event id comes from the workflow's
 * deterministic uuid4, so a retried activity publishes the same event again, never a new one.
 */
export async function publishOutcome(journeyId: string, obligation: ObligationView, outcome: 'met' | 'missed'): Promise<void> {
  if (!obligation.closedAt) throw new Error(`obligation ${obligation.obligationId} is still open`);
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
      at: obligation.closedAt,
    },
  });
}
