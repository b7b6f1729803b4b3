import {
  cancelObligationUpdate,
  JourneyFact,
  journeyFactSignal,
  JourneyStage,
  JourneyStart,
  JourneyState,
  journeyStateQuery,
  ObligationReasonCode,
  ObligationView,
  ReferralAttemptView,
  Specialism,
} from '@harbour/contracts/journey';
import { RuleId } from '@harbour/rules';
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
import { contextOf, JourneyContext } from './journey-doors';
import { JourneyFactTypes, readFact } from './journey-facts';
import {
  actionsWhenMissed,
  countryPackOf,
  CountryRules,
  countryRulesBeforePinning,
  deadlineFor,
  newestCountryRules,
  remindersStillToCome,
  reviewTime,
} from './journey-rules';
import { JourneySearchAttributesPublisher } from './journey-search-attributes';
import { runObligationClock } from './obligation-clock';
import { assertCancellable } from './obligation-cancellation';
import { escalateMissed } from './obligation-escalations';
import { ObligationLedger } from './obligation-ledger';
import { publishOutcome } from './obligation-outcomes';
import { raiseTask } from './obligation-tasks';
import { factName, FactStep, factSteps } from './obligation-steps';
import { AtDue } from './obligation-table';
import { now } from './workflow-time';
import {
  ReferralHandoff,
  referralFactSignal,
  referralHandoffWorkflowId,
  ReferralProgress,
  referralProgressSignal,
} from './referral-handoff.workflow';

/** What a journey carries into its next run when it continues as new. */
export interface JourneyMemory {
  stage: JourneyStage;
  country?: string;
  /** The version of the country's rule pack the journey started with, which it keeps (0: the baseline alone). */
  countryPackVersion?: number;
  language?: string;
  /** The region whose calendar counts (ISO 3166-2), when a fact named it. */
  region?: string;
  /** The organisation of the door the journey came through. */
  openedBy?: string;
  /** Steps of facts that came before the journey knew its country, applied in order once it does. */
  waitingForCountry?: FactStep[];
  obligations: ObligationView[];
  handoff?: { workflowId: string; revision: number; finished: boolean; attempts: ReferralAttemptView[]; obligations: ObligationView[] };
  seenEventIds: string[];
  factsSeen: number;
  /** The victim's choice, per rule, of whether they want to be told (VRD Art 6); it binds. */
  choices?: Partial<Record<RuleId, { wants: boolean; at: string }>>;
  /** Treated as a child since a fact gave reasons to believe it (CETS 197 Art 10(3)). */
  child?: true;
}

export interface VictimJourneyInput extends JourneyStart {
  resume?: JourneyMemory;
  /** History length after which the journey continues as new, unless the server suggests it sooner. */
  historyLimit?: number;
}

const DEFAULT_HISTORY_LIMIT = 10_000;

/** ISO 639-2 "undetermined": the hand-off starts before anyone knows the language, and support is told so. */
const LANGUAGE_NOT_YET_KNOWN = 'und';

/**
 * One victim's journey, open for as long as they need it. Facts arrive as signals (from the
 * journey router); the journey keeps the stage and the legal obligations with their clocks —
 * which fact opens, meets or lets the victim decline which obligation is the obligation table's
 * data — and hands the victim over to support through a child workflow.
 */
export async function VictimJourney(input: VictimJourneyInput): Promise<void> {
  const { journeyId } = input;
  const memory: JourneyMemory = input.resume ?? { stage: 'opened', obligations: [], seenEventIds: [], factsSeen: 0 };
  const ledger = new ObligationLedger(memory.obligations);
  const seen = new Set(memory.seenEventIds);
  const inbox: JourneyFact[] = [];
  const searchAttributes = new JourneySearchAttributesPublisher();
  let clocksPublishing = 0;

  const state = (): JourneyState => ({
    journeyId,
    stage: memory.stage,
    country: memory.country,
    ...countryPackOf(countryRules()),
    language: memory.language,
    ...(memory.region ? { region: memory.region } : {}),
    ...(memory.openedBy ? { openedBy: memory.openedBy } : {}),
    waitingForCountry: (memory.waitingForCountry ?? []).flatMap((step) => (step.kind === 'open' ? [step.ruleId] : [])),
    child: memory.child === true,
    obligations: [...ledger.all(), ...(memory.handoff?.obligations ?? [])],
    referrals: memory.handoff?.attempts ?? [],
    factsSeen: memory.factsSeen,
  });
  const refresh = () => searchAttributes.publish(state());

  // While steps that waited for the country are applied, clocks start only once all of them are:
  // an obligation met by a later waiting fact must never be missed in between.
  let deferredWatches: [string, string[]][] | undefined;
  const watch = (obligationId: string, reminders: string[]) =>
    deferredWatches ? void deferredWatches.push([obligationId, reminders]) : startClock(obligationId, reminders);
  const startClock = (obligationId: string, reminders: string[]) =>
    void runObligationClock(ledger, obligationId, reminders, {
      onReminder: async (at) => {
        ledger.remind(obligationId, at);
        refresh();
        // A reminder is a task for whoever must act; journeys from before this only noted it.
        if (!patched('reminders-raise-tasks')) return;
        const kind = AtDue[ledger.get(obligationId).ruleId as RuleId] === 'protection-period' ? 'review' : 'reminder';
        await whilePublishing(() => raiseTask(journeyId, ledger.get(obligationId), kind, at));
      },
      onDue: (closed) =>
        whilePublishing(async () => {
          refresh();
          await publishOutcome(journeyId, closed);
          if (closed.status !== 'missed') return;
          const actions = actionsWhenMissed(closed.ruleId, countryRules());
          await escalateMissed(journeyId, closed, actions);
          if (actions.includes('notify-operations') && patched('escalations-raise-tasks')) await raiseTask(journeyId, closed, 'notify-operations', closed.closedAt ?? now());
        }),
    });

  // Continue-as-new waits until what the clocks publish is out.
  const whilePublishing = async (work: () => Promise<void>) => {
    clocksPublishing += 1;
    try {
      await work();
    } finally {
      clocksPublishing -= 1;
    }
  };

  const countryRules = (): CountryRules | undefined =>
    memory.country === undefined
      ? undefined
      : {
          country: memory.country,
          countryPackVersion: memory.countryPackVersion ?? countryRulesBeforePinning(memory.country).countryPackVersion,
          ...(memory.region ? { region: memory.region } : {}),
        };

  const declinedByVictim = (at: string) => `the victim asked on ${at} not to be told`;

  /** The evidence of support's acceptance, for an obligation that opens after support took the victim on. */
  const supportAccepted = () => {
    const accepted = memory.handoff?.attempts.find((attempt) => attempt.status === 'accepted');
    return accepted && `${factName(JourneyFactTypes.referralAccepted)}: referralId ${accepted.referralId}, organisationId ${accepted.organisationId}`;
  };

  const open = async (step: Extract<FactStep, { kind: 'open' }>, rules: CountryRules) => {
    const period = { child: memory.child || step.urgent, followUp: step.followUp };
    const deadline = deadlineFor(step.ruleId, rules, step.openedAt, step.dueFrom, period, step.calendarCountry);
    const { obligationId } = ledger.open(deadline.rule, deadline.openedAt, deadline.dueAt, step.subjectKey, deadline.uncomputable, step.calendarCountry);
    const choice = memory.choices?.[step.ruleId];
    const alreadyMet = step.alreadyMetBy === 'support-accepted' ? supportAccepted() : undefined;
    if (choice && !choice.wants) await declineForVictim(obligationId, step.openedAt, choice.at);
    else if (alreadyMet) await closeAsMet(obligationId, step.openedAt, alreadyMet, 'already-met-when-opened');
    else watch(obligationId, [...deadline.reminders, ...reviewBeforeEnd(step, rules, deadline.dueAt)].sort());
  };

  // A review owed inside the period (the recovery period's day 30) is a reminder before its end; not for journeys from before it.
  const reviewBeforeEnd = (step: Extract<FactStep, { kind: 'open' }>, rules: CountryRules, dueAt: string | undefined) => {
    if (!step.reviewOnDay) return [];
    const reviewAt = reviewTime(rules, step.ruleId, step.openedAt, step.reviewOnDay);
    return dueAt && reviewAt && reviewAt < dueAt && patched('review-inside-period') ? [reviewAt] : [];
  };

  const closeAsMet = async (obligationId: string, at: string, evidence: string, reasonCode: ObligationReasonCode = 'evidence-received') => {
    const met = ledger.close(obligationId, 'met', at, reasonCode, evidence);
    if (met) await publishOutcome(journeyId, met);
  };

  // Every outcome is published; journeys from before this published met and missed only.
  const publishClosed = async (closed: ObligationView | undefined) => {
    if (closed && patched('publish-every-outcome')) await publishOutcome(journeyId, closed);
  };

  const declineForVictim = (obligationId: string, at: string, choiceAt: string) =>
    publishClosed(ledger.close(obligationId, 'declined-by-victim', at, 'victim-declined', declinedByVictim(choiceAt)));

  // Before the due time some facts count only under a condition (a conclusive-grounds decision during the
  // recovery period only at the person's request); otherwise they breach the rule, which the obligation
  // records. A protection period is not met by a fact: it is met by running its course (see AtDue).
  const meet = async (step: Extract<FactStep, { kind: 'meet' }>) => {
    for (const { obligationId, ruleId, dueAt } of ledger.openOf(step.ruleIds, step.subjectKey)) {
      const inside = dueAt !== undefined && step.at < dueAt;
      if (step.beforeDue && !step.beforeDue.valid && inside) ledger.recordBreach(obligationId, step.at, step.beforeDue.breach);
      else if (AtDue[ruleId as RuleId] === 'protection-period' && patched('at-due-protection-period')) continue;
      else await closeAsMet(obligationId, step.at, step.evidence);
    }
  };

  const mark = (step: Extract<FactStep, { kind: 'mark' }>) => {
    for (const { obligationId } of ledger.openOf([step.ruleId], step.subjectKey)) ledger.mark(obligationId, step.mark, step.at);
  };

  // An order that ended or was revoked is neither met nor missed: it closes as what happened.
  const close = async (step: Extract<FactStep, { kind: 'close' }>) => {
    if (step.patch && !patched(step.patch)) return;
    const reasonCode = step.as === 'ended' ? 'order-ended-on-its-date' : 'order-revoked';
    for (const { obligationId } of ledger.openOf([step.ruleId], step.subjectKey)) {
      await publishClosed(ledger.close(obligationId, step.as, step.at, reasonCode, step.evidence));
    }
  };

  // A child's obligations follow the children figure from the presumption on, never later than already due.
  const presumeChild = async (step: Extract<FactStep, { kind: 'presume-child' }>) => {
    memory.child = true;
    const rules = countryRules();
    if (!rules) return waitForCountry(step, 'A child\'s obligations cannot open before the journey knows its country');
    for (const ruleId of step.ruleIds) {
      if (!ledger.has(ruleId)) await open({ kind: 'open', ruleId, openedAt: step.at, dueFrom: step.at, once: true }, rules);
      for (const { obligationId, dueAt } of ledger.openOf([ruleId])) {
        const childDue = deadlineFor(ruleId, rules, step.at, step.at, { child: true }).dueAt;
        if (childDue && (!dueAt || childDue < dueAt)) ledger.retime(obligationId, childDue);
      }
    }
  };

  // A later due time only: an extension never shortens what the person is owed.
  const extend = (step: Extract<FactStep, { kind: 'extend' }>) => {
    for (const { obligationId, dueAt } of ledger.openOf([step.ruleId], step.subjectKey)) {
      if (dueAt && step.until > dueAt) ledger.retime(obligationId, step.until);
    }
  };

  const recordChoice = async (step: Extract<FactStep, { kind: 'choose' }>) => {
    memory.choices = { ...memory.choices, [step.ruleId]: { wants: step.wants, at: step.at } };
    if (step.wants) return;
    for (const { obligationId } of ledger.openOf([step.ruleId])) await declineForVictim(obligationId, step.at, step.at);
  };

  // Journeys from before this skipped such a step with a warning; they keep doing so on replay.
  const waitForCountry = (step: FactStep, skipped: string) => {
    if (patched('steps-wait-for-country')) memory.waitingForCountry = [...(memory.waitingForCountry ?? []), step];
    else log.warn(skipped, { step: step.kind });
  };

  const applyStep = async (step: FactStep) => {
    // Until the journey knows its country nothing can open, so nothing can be met: every step waits, in order.
    if (!countryRules() && memory.waitingForCountry) return void memory.waitingForCountry.push(step);
    if (step.kind === 'meet') await meet(step);
    else if (step.kind === 'choose') await recordChoice(step);
    else if (step.kind === 'mark') mark(step);
    else if (step.kind === 'close') await close(step);
    else if (step.kind === 'presume-child') await presumeChild(step);
    else if (step.kind === 'extend') extend(step);
    else if (step.once && ledger.has(step.ruleId)) countFromEarliest(step);
    else if (step.patch && !patched(step.patch)) return;
    else {
      const rules = countryRules();
      if (!rules) return waitForCountry(step, 'An obligation cannot open before the journey knows its country');
      await open(step, rules);
    }
  };

  // An obligation owed once counts from the first contact, even when that fact reached the journey late.
  const countFromEarliest = (step: Extract<FactStep, { kind: 'open' }>) => {
    const rules = countryRules();
    for (const { obligationId, openedAt } of ledger.openOf([step.ruleId])) {
      if (!rules || step.openedAt >= openedAt || !patched('once-counts-from-first-contact')) continue;
      const deadline = deadlineFor(step.ruleId, rules, step.openedAt, step.dueFrom, { child: memory.child || step.urgent, followUp: step.followUp });
      ledger.backdate(obligationId, step.openedAt, deadline.dueAt);
    }
  };

  /** Applies the obligation table to a fact: the same code for every fact and rule. */
  const applyObligationSteps = async (fact: JourneyFact) => {
    for (const step of factSteps(fact)) await applyStep(step);
  };

  /** The steps that waited for the country, as of their own facts' times; then their clocks. */
  const applyWaitingSteps = async () => {
    const waiting = memory.waitingForCountry ?? [];
    if (waiting.length === 0) return;
    memory.waitingForCountry = [];
    deferredWatches = [];
    for (const step of waiting) await applyStep(step);
    const watches = deferredWatches;
    deferredWatches = undefined;
    for (const [obligationId, reminders] of watches) startClock(obligationId, reminders);
  };

  /** Takes from a door's fact what the journey did not know yet; the first country it learns fixes its rules. */
  const learn = (context: JourneyContext) => {
    memory.openedBy ??= context.actingOrganisationId;
    memory.region ??= context.region;
    if (memory.country || !context.country) {
      memory.language ??= context.language;
      return false;
    }
    memory.country = context.country;
    memory.language = context.language;
    // The journey keeps the rules it started with; journeys from before this kept the first Belgian pack.
    const rules = patched('pin-country-pack') ? newestCountryRules(context.country) : countryRulesBeforePinning(context.country);
    memory.countryPackVersion = rules.countryPackVersion;
    return true;
  };

  const startHandoff = async (country: string, language: string, specialism: Specialism) => {
    const workflowId = referralHandoffWorkflowId(journeyId);
    memory.handoff = { workflowId, revision: 0, finished: false, attempts: [], obligations: [] };
    // Abandoned, not terminated, when this run continues as new: the hand-off outlives the run.
    await startChild(ReferralHandoff, {
      workflowId,
      args: [{ journeyId, country, language, specialism }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  };

  /**
   * A fact from a door: the journey learns what it carries, applies what waited for it and the
   * fact's own steps, and hands the person over to support as soon as it knows the country,
   * whichever door they came through (ATD Art 11(3): never waiting for a report, an
   * identification or cooperation).
   */
  const onDoorFact = async (context: JourneyContext, fact: JourneyFact) => {
    if (learn(context)) await applyWaitingSteps();
    await applyObligationSteps(fact);
    if (!memory.handoff && memory.country) {
      await startHandoff(memory.country, memory.language ?? LANGUAGE_NOT_YET_KNOWN, context.specialism ?? 'general-victim-support');
    }
  };

  const relayToHandoff = async (fact: JourneyFact) => {
    if (!memory.handoff || memory.handoff.finished) return;
    try {
      await getExternalWorkflowHandle(memory.handoff.workflowId).signal(referralFactSignal, fact);
    } catch (error) {
      log.warn('The referral hand-off did not take a fact', { type: fact.type, error: String(error) });
    }
  };

  // Referral answers stay with the hand-off, which owns vrd-8 and its re-routing.
  const handle = async (fact: JourneyFact) => {
    memory.factsSeen += 1;
    const known = readFact(fact);
    const context = contextOf(fact);
    if (context) return onDoorFact(context, fact);
    await applyObligationSteps(fact);
    if (known) await relayToHandoff(fact);
  };

  const mirror = (progress: ReferralProgress) => {
    const handoff = memory.handoff;
    if (!handoff || progress.revision <= handoff.revision) return;
    Object.assign(handoff, {
      revision: progress.revision,
      finished: progress.outcome !== 'waiting',
      attempts: progress.attempts,
      obligations: progress.obligations,
    });
    if (progress.outcome === 'accepted') memory.stage = 'supported';
    else if (progress.outcome === 'no-organisation-left') memory.stage = 'support-unavailable';
    else if (progress.attempts.length > 0) memory.stage = 'referred';
    refresh();
  };

  setHandler(journeyFactSignal, (fact) => {
    if (seen.has(fact.eventId)) return;
    seen.add(fact.eventId);
    inbox.push(fact);
  });
  setHandler(referralProgressSignal, mirror);
  setHandler(journeyStateQuery, state);
  setHandler(
    cancelObligationUpdate,
    ({ obligationId, reason }) => {
      const cancelled = ledger.close(obligationId, 'cancelled', now(), reason, `cancelled by operations: ${reason}`);
      refresh();
      return cancelled ?? ledger.get(obligationId);
    },
    { validator: (request) => assertCancellable(ledger, request) },
  );

  for (const obligation of ledger.openObligations()) watch(obligation.obligationId, remindersStillToCome(obligation, countryRules()));
  refresh();

  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  const shouldContinueAsNew = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > historyLimit;

  for (;;) {
    await condition(() => inbox.length > 0 || shouldContinueAsNew());
    for (let fact = inbox.shift(); fact; fact = inbox.shift()) {
      await handle(fact);
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
