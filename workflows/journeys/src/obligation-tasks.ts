import type { JourneyActivities, ObligationTaskKind, ObligationTaskRole, ObligationView } from '@harbour/contracts/journey';
import type { RuleId } from '@harbour/rules';
import { proxyActivities, uuid4 } from '@temporalio/workflow';

const { raiseObligationTask } = proxyActivities<JourneyActivities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumInterval: '5 minutes' },
});

/** Who acts on each obligation: the role whose inbox its reminders reach. */
export const ResponsibleRoles: Record<RuleId, ObligationTaskRole> = {
  'vrd-4-information': 'first-responder',
  'vrd-5-acknowledgement': 'first-responder',
  'vrd-6-case-update': 'prosecutor-liaison',
  'vrd-6-release-escape': 'prosecutor-liaison',
  'vrd-7-interpretation': 'prosecutor-liaison',
  'vrd-8-support-contact': 'support-case-worker',
  'vrd-17-cross-border-complaint': 'first-responder',
  'vrd-22-individual-assessment': 'protection-officer',
  'atd-11-assistance': 'support-case-worker',
  'atd-8-non-punishment': 'prosecutor-liaison',
  'nrm-reasonable-grounds': 'nrm-decision-maker',
  'cets-13-recovery-period': 'nrm-decision-maker',
  'cets-10-no-removal': 'nrm-decision-maker',
  'cets-10-child-presumption': 'nrm-decision-maker',
  'cets-16-return': 'support-case-worker',
  'comp-2004-80-transmit': 'compensation-officer',
  'comp-2004-80-acknowledge': 'compensation-officer',
  'comp-application-window': 'compensation-officer',
  'comp-decision': 'compensation-officer',
  'epo-recognition': 'protection-officer',
  'protection-order-expiry': 'protection-officer',
};

/**
 * Raises a task for whoever must act on an open obligation: a reminder goes to the rule's
 * responsible role (and the organisation, when the journey knows it), an escalation that needs
 * people to operations. The event id comes from the workflow's deterministic uuid4.
 */
export async function raiseTask(
  journeyId: string,
  obligation: ObligationView,
  kind: ObligationTaskKind,
  at: string,
  forOrganisationId?: string,
): Promise<void> {
  const forRole = kind === 'notify-operations' ? 'operations-analyst' : ResponsibleRoles[obligation.ruleId as RuleId];
  await raiseObligationTask({
    journeyId,
    eventId: uuid4(),
    task: {
      obligationId: obligation.obligationId,
      ruleId: obligation.ruleId,
      kind,
      forRole,
      ...(forOrganisationId ? { forOrganisationId } : {}),
      ...(obligation.dueAt ? { dueAt: obligation.dueAt } : {}),
      at,
    },
  });
}
