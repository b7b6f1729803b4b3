import type { ObligationView } from '@harbour/contracts/journey';
import type { EscalationAction } from '@harbour/rules';
import { log } from '@temporalio/workflow';
import { services } from './journey-service-calls';

/**
 * What the journey does itself, beyond publishing it, when an obligation is missed: a deciding
 * authority silent past its time is chased (Directive 2004/80/EC Art 7). A chase that cannot be
 * made is logged for operations; it never stops the journey.
 */
export async function escalateMissed(journeyId: string, obligation: ObligationView, actions: readonly EscalationAction[]): Promise<void> {
  if (!actions.includes('chase-deciding-authority') || !obligation.subjectKey) return;
  try {
    await services.compensation.chaseDecidingAuthority({ journeyId, claimId: obligation.subjectKey });
  } catch (error) {
    log.warn('The deciding authority could not be chased', { obligationId: obligation.obligationId, error: String(error) });
  }
}
