import {
  JourneyFact,
  journeyWorkflowId,
  ObligationView,
  ReferralAttemptView,
  Specialism,
  SupportActivities,
  TaskQueues,
} from '@harbour/contracts/journey';
import { EscalationAction, EscalationCause, ResolvedRule } from '@harbour/rules';
import {
  condition,
  defineQuery,
  defineSignal,
  getExternalWorkflowHandle,
  log,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { JourneyFactTypes, readFact, ReferralAnswer } from './journey-facts';
import { deadlineFor, newestCountryRules } from './journey-rules';
import { runObligationClock } from './obligation-clock';
import { ObligationLedger } from './obligation-ledger';
import { publishOutcome } from './obligation-outcomes';
import { raiseTask } from './obligation-tasks';
import { now } from './workflow-time';

export interface ReferralHandoffInput {
  journeyId: string;
  country: string;
  language: string;
  specialism: Specialism;
}

export type ReferralOutcome = 'waiting' | 'accepted' | 'no-organisation-left';

/** What the hand-off tells its journey after every change; a higher revision replaces a lower one. */
export interface ReferralProgress {
  revision: number;
  outcome: ReferralOutcome;
  attempts: ReferralAttemptView[];
  obligations: ObligationView[];
}

export interface ReferralHandoffState extends ReferralProgress {
  /** Markers: half time passed without an answer. */
  reminders: { obligationId: string; at: string }[];
  /** Markers of the rule's escalations as they happened; notifying operations comes later. */
  escalations: { cause: EscalationCause; action: EscalationAction; at: string }[];
}

/** Referral facts (accepted, declined) the journey relays to its hand-off. */
export const referralFactSignal = defineSignal<[JourneyFact]>('referralFact');
/** Sent by the hand-off to its journey. */
export const referralProgressSignal = defineSignal<[ReferralProgress]>('referralProgress');
export const referralHandoffStateQuery = defineQuery<ReferralHandoffState>('referralHandoffState');

export function referralHandoffWorkflowId(journeyId: string, handoff = 1): string {
  return `${journeyWorkflowId(journeyId)}-referral-${handoff}`;
}

const support = proxyActivities<SupportActivities>({
  taskQueue: TaskQueues.support,
  startToCloseTimeout: '1 minute',
  retry: { maximumInterval: '5 minutes' },
});

const RULE = 'vrd-8-support-contact';

/**
 * Hands the victim over to a support organisation (VRD Art 8): offers the referral to an
 * organisation matching country, language and specialism, waits for it to accept within the
 * rule's period (reminding at half time), and re-routes to the next organisation when it
 * declines or lets the period run out, until one accepts or none is left.
 */
export async function ReferralHandoff(input: ReferralHandoffInput): Promise<ReferralOutcome> {
  const ledger = new ObligationLedger();
  let revision = 0;
  let outcome: ReferralOutcome = 'waiting';
  const attempts: ReferralAttemptView[] = [];
  const reminders: ReferralHandoffState['reminders'] = [];
  const escalations: ReferralHandoffState['escalations'] = [];
  const answers = new Map<string, ReferralAnswer>();
  const asked: string[] = [];

  setHandler(referralFactSignal, (fact) => {
    const known = readFact(fact);
    if (known?.type === JourneyFactTypes.referralAccepted || known?.type === JourneyFactTypes.referralDeclined) {
      answers.set(known.data.referralId, known);
    }
  });
  const progress = (): ReferralProgress => ({
    revision,
    outcome,
    attempts: attempts.map((attempt) => ({ ...attempt })),
    obligations: ledger.all(),
  });
  setHandler(referralHandoffStateQuery, () => ({ ...progress(), reminders: [...reminders], escalations: [...escalations] }));

  // Re-routing is routine and the hand-off does it; anything else needs people: a task for operations.
  const escalate = async (cause: EscalationCause, rule: ResolvedRule, obligation?: ObligationView) => {
    for (const escalation of rule.escalation.filter((candidate) => candidate.on.includes(cause))) {
      escalations.push({ cause, action: escalation.action, at: now() });
      const needsPeople = escalation.action !== 're-route-to-next-organisation';
      log[needsPeople ? 'warn' : 'info']('Referral hand-off escalated', { cause, action: escalation.action });
      if (needsPeople && obligation && patched('handoff-raises-tasks')) await raiseTask(input.journeyId, obligation, 'notify-operations', now());
    }
  };

  const report = async () => {
    revision += 1;
    try {
      await getExternalWorkflowHandle(journeyWorkflowId(input.journeyId)).signal(referralProgressSignal, progress());
    } catch (error) {
      log.warn('The journey did not take the hand-off progress', { error: String(error) });
    }
  };

  // Every pack gives vrd-8 a figure; a hand-off lasts days, so it takes the newest rules of its country.
  const rules = newestCountryRules(input.country);
  for (let attemptNumber = 1; ; attemptNumber += 1) {
    const deadline = deadlineFor(RULE, rules, now());
    const acceptBy = deadline.dueAt as string;
    const offer = await support.offerReferral({
      journeyId: input.journeyId,
      offerKey: `${workflowInfo().workflowId}#${attemptNumber}`,
      attempt: attemptNumber,
      country: input.country,
      language: input.language,
      specialism: input.specialism,
      excludeOrganisationIds: [...asked],
      acceptBy,
    });
    if (!offer) {
      outcome = 'no-organisation-left';
      await escalate('no-organisation-left', deadline.rule, ledger.all().at(-1));
      await report();
      return outcome;
    }
    asked.push(offer.organisationId);
    const attempt: ReferralAttemptView = {
      attempt: attemptNumber,
      referralId: offer.referralId,
      organisationId: offer.organisationId,
      helpline: offer.helpline,
      offeredAt: deadline.openedAt,
      acceptBy,
      status: 'offered',
    };
    attempts.push(attempt);
    const { obligationId } = ledger.open(deadline.rule, deadline.openedAt, acceptBy);
    await report();

    const clock = runObligationClock(ledger, obligationId, deadline.reminders, {
      onReminder: async (at) => {
        reminders.push({ obligationId, at });
        // The organisation on offer is reminded in its inbox; journeys from before this only logged it.
        if (patched('handoff-raises-tasks')) await raiseTask(input.journeyId, ledger.get(obligationId), 'reminder', at, offer.organisationId);
      },
      onDue: (missed) => publishOutcome(input.journeyId, missed),
    });
    await condition(() => answers.has(offer.referralId) || !ledger.isOpen(obligationId));
    const answer = ledger.isOpen(obligationId) ? answers.get(offer.referralId) : undefined;

    if (answer?.type === JourneyFactTypes.referralAccepted) {
      const evidence = `referral ${offer.referralId} accepted by ${answer.data.organisationId}`;
      const met = ledger.close(obligationId, 'met', answer.data.acceptedAt, 'evidence-received', evidence);
      Object.assign(attempt, { status: 'accepted', closedAt: answer.data.acceptedAt });
      outcome = 'accepted';
      await clock;
      if (met) await publishOutcome(input.journeyId, met);
      await report();
      return outcome;
    }

    if (answer?.type === JourneyFactTypes.referralDeclined) {
      const evidence = `declined by ${answer.data.organisationId}: ${answer.data.reason}`;
      ledger.close(obligationId, 'cancelled', answer.data.declinedAt, 'declined-by-organisation', evidence);
      Object.assign(attempt, { status: 'declined', closedAt: answer.data.declinedAt });
      await escalate('declined', deadline.rule, ledger.get(obligationId));
      await support.withdrawReferral({ referralId: offer.referralId, reason: 'declined' });
    } else {
      Object.assign(attempt, { status: 'withdrawn', closedAt: now() });
      await escalate('missed', deadline.rule, ledger.get(obligationId));
      await support.withdrawReferral({ referralId: offer.referralId, reason: 'not-accepted-in-time' });
    }
    await clock;
    await report();
  }
}
