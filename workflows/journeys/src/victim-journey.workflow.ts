import { cancelObligationUpdate, JourneyFact, journeyFactSignal, JourneyStart, journeyStateQuery } from '@harbour/contracts/journey';
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  log,
  ParentClosePolicy,
  patched,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import {
  applyFact,
  applyHandoffProgress,
  cancelEffects,
  countryRules,
  dueEffects,
  HandoffStart,
  JourneyCoreState,
  JourneyEffect,
  JourneyEnv,
  JourneyMemory,
  journeyView,
  newJourneyMemory,
  reminderEffects,
} from './journey-core';
import { remindersStillToCome } from './journey-rules';
import { JourneySearchAttributesPublisher } from './journey-search-attributes';
import { callService } from './journey-service-calls';
import { runObligationClock } from './obligation-clock';
import { assertCancellable } from './obligation-cancellation';
import { escalateMissed } from './obligation-escalations';
import { ObligationLedger } from './obligation-ledger';
import { publishOutcome } from './obligation-outcomes';
import { raiseTask } from './obligation-tasks';
import { now } from './workflow-time';
import { ReferralHandoff, referralFactSignal, referralHandoffWorkflowId, referralProgressSignal } from './referral-handoff.workflow';

export type { JourneyMemory } from './journey-core';

export interface VictimJourneyInput extends JourneyStart {
  resume?: JourneyMemory;
  /** History length after which the journey continues as new, unless the server suggests it sooner. */
  historyLimit?: number;
}

const DEFAULT_HISTORY_LIMIT = 10_000;

/**
 * One victim's journey, open for as long as they need it. Facts arrive as signals (from the
 * journey router). What a fact, a reminder or a due time does is decided by the journey's core
 * (journey-core.ts) as effects; this workflow performs them: it publishes outcomes and tasks,
 * runs the obligations' clocks, asks the services to act and hands the victim over to support
 * through a child workflow.
 */
export async function VictimJourney(input: VictimJourneyInput): Promise<void> {
  const { journeyId } = input;
  const memory: JourneyMemory = input.resume ?? newJourneyMemory();
  const core: JourneyCoreState = { journeyId, memory, ledger: new ObligationLedger(memory.obligations) };
  const { ledger } = core;
  const env: JourneyEnv = { isPatched: patched, handoffWorkflowId: referralHandoffWorkflowId(journeyId) };
  const seen = new Set(memory.seenEventIds);
  const inbox: JourneyFact[] = [];
  const searchAttributes = new JourneySearchAttributesPublisher();
  let clocksPublishing = 0;

  const refresh = () => searchAttributes.publish(journeyView(core));

  // Continue-as-new waits until what the clocks publish, and what the services were asked, is out.
  const whilePublishing = async (work: () => Promise<void>) => {
    clocksPublishing += 1;
    try {
      await work();
    } finally {
      clocksPublishing -= 1;
    }
  };

  const startClock = (obligationId: string, reminders: string[]) =>
    void runObligationClock(ledger, obligationId, reminders, {
      onReminder: (at) => whilePublishing(() => perform(reminderEffects(core, obligationId, at, env))),
      onDue: (closed) => whilePublishing(() => perform(dueEffects(core, closed, env))),
    });

  /** Performs one effect; returns what to wait for, if anything. */
  const performOne = (effect: JourneyEffect): Promise<void> | void => {
    switch (effect.kind) {
      case 'publish-outcome':
        return publishOutcome(journeyId, effect.obligation);
      case 'raise-task':
        return raiseTask(journeyId, effect.obligation, effect.task, effect.at);
      case 'start-clock':
        return startClock(effect.obligationId, effect.reminders);
      case 'escalate-missed':
        return escalateMissed(journeyId, effect.obligation, effect.actions);
      case 'start-handoff':
        return startHandoff(effect.handoff);
      case 'relay-to-handoff':
        return relayToHandoff(effect.workflowId, effect.fact);
      case 'call-service':
        return void whilePublishing(() => callService(effect.action));
      case 'refresh':
        return refresh();
      case 'warn':
        return log.warn(effect.message, { step: effect.step });
    }
  };

  // In order, each awaited before the next as the journey always did.
  const perform = async (effects: Iterable<JourneyEffect>) => {
    for (const effect of effects) {
      const pending = performOne(effect);
      if (pending) await pending;
    }
  };

  setHandler(journeyFactSignal, (fact) => {
    if (seen.has(fact.eventId)) return;
    seen.add(fact.eventId);
    inbox.push(fact);
  });
  setHandler(referralProgressSignal, (progress) => {
    if (applyHandoffProgress(memory, progress)) refresh();
  });
  setHandler(journeyStateQuery, () => journeyView(core));
  setHandler(
    cancelObligationUpdate,
    async (request) => {
      await whilePublishing(() => perform(cancelEffects(core, request, now(), env)));
      return ledger.get(request.obligationId);
    },
    { validator: (request) => assertCancellable(ledger, request) },
  );

  for (const obligation of ledger.openObligations()) startClock(obligation.obligationId, remindersStillToCome(obligation, countryRules(memory)));
  refresh();

  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  const shouldContinueAsNew = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > historyLimit;

  for (;;) {
    await condition(() => inbox.length > 0 || shouldContinueAsNew());
    for (let fact = inbox.shift(); fact; fact = inbox.shift()) {
      await perform(applyFact(core, fact, env).effects);
      refresh();
    }
    if (!shouldContinueAsNew()) continue;
    await condition(() => allHandlersFinished() && clocksPublishing === 0);
    if (inbox.length > 0) continue;
    await continueAsNew<typeof VictimJourney>({
      journeyId,
      historyLimit: input.historyLimit,
      resume: { ...memory, obligations: ledger.all(), seenEventIds: [...seen] },
    });
  }
}

// Abandoned, not terminated, when this run continues as new: the hand-off outlives the run.
async function startHandoff({ workflowId, ...args }: HandoffStart): Promise<void> {
  await startChild(ReferralHandoff, { workflowId, args: [args], parentClosePolicy: ParentClosePolicy.ABANDON });
}

async function relayToHandoff(workflowId: string, fact: JourneyFact): Promise<void> {
  try {
    await getExternalWorkflowHandle(workflowId).signal(referralFactSignal, fact);
  } catch (error) {
    log.warn('The referral hand-off did not take a fact', { type: fact.type, error: String(error) });
  }
}
