import type {
  JourneyFact,
  JourneyStage,
  JourneyState,
  ObligationReasonCode,
  ObligationTaskKind,
  ObligationView,
  ReferralAttemptView,
  Specialism,
} from '@harbour/contracts/journey';
import type { EscalationAction, RuleId } from '@harbour/rules';
import { contextOf, JourneyContext } from './journey-doors';
import { JourneyFactTypes, readFact } from './journey-facts';
import {
  actionsWhenMissed,
  countryPackOf,
  CountryRules,
  countryRulesBeforePinning,
  deadlineFor,
  newestCountryRules,
  reviewTime,
} from './journey-rules';
import { ServiceAction, serviceActionFor } from './journey-service-actions';
import { ObligationLedger } from './obligation-ledger';
import { factName, FactStep, factSteps } from './obligation-steps';
import { missedAwaitingEvidence } from './obligation-due-outcome';
import { AtDue } from './obligation-table';
import type { ReferralProgress } from './referral-handoff.workflow';

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

/** The journey's state: what it remembers and its obligations. `memory.obligations` is the ledger's as of the last run. */
export interface JourneyCoreState {
  journeyId: string;
  memory: JourneyMemory;
  ledger: ObligationLedger;
}

/** What the core asks of the workflow around it. */
export interface JourneyEnv {
  /** Temporal's `patched()`: asked only at the point where the journey would take the newer path. */
  isPatched(patchId: string): boolean;
  /** The referral hand-off's workflow id for this journey. */
  handoffWorkflowId: string;
}

/** What the hand-off is started with. */
export interface HandoffStart {
  workflowId: string;
  journeyId: string;
  country: string;
  language: string;
  specialism: Specialism;
}

/**
 * What the journey does, as data; the workflow performs each in order and waits for the ones
 * that wait (a publish, a task, starting or signalling the hand-off) before taking the next.
 */
export type JourneyEffect =
  | { kind: 'publish-outcome'; obligation: ObligationView }
  | { kind: 'raise-task'; obligation: ObligationView; task: ObligationTaskKind; at: string }
  /** A durable clock on the open obligation: its reminders, then its due time. */
  | { kind: 'start-clock'; obligationId: string; reminders: string[] }
  | { kind: 'escalate-missed'; obligation: ObligationView; actions: EscalationAction[] }
  | { kind: 'start-handoff'; handoff: HandoffStart }
  | { kind: 'relay-to-handoff'; workflowId: string; fact: JourneyFact }
  /** Asked without waiting: a service that is down never holds up the journey's facts. */
  | { kind: 'call-service'; action: ServiceAction }
  /** The journey's search attributes follow its state. */
  | { kind: 'refresh' }
  | { kind: 'warn'; message: string; step: FactStep['kind'] };

/** ISO 639-2 "undetermined": the hand-off starts before anyone knows the language, and support is told so. */
const LANGUAGE_NOT_YET_KNOWN = 'und';

export function newJourneyMemory(): JourneyMemory {
  return { stage: 'opened', obligations: [], seenEventIds: [], factsSeen: 0 };
}

/**
 * Applies a fact to the journey. The effects are produced as they are taken: each step sees the
 * state as the effects before it left it (a clock may have closed an obligation while a publish
 * was under way), and `env.isPatched` is asked at the same point in the work as before, so the
 * markers in running journeys' histories stay where they are.
 */
export function applyFact(state: JourneyCoreState, fact: JourneyFact, env: JourneyEnv): { state: JourneyCoreState; effects: Iterable<JourneyEffect> } {
  return { state, effects: factEffects(state, fact, env) };
}

// Referral answers stay with the hand-off, which owns vrd-8 and its re-routing.
function* factEffects(state: JourneyCoreState, fact: JourneyFact, env: JourneyEnv): Generator<JourneyEffect> {
  const { memory } = state;
  memory.factsSeen += 1;
  const known = readFact(fact);
  const context = contextOf(fact);
  if (context) return yield* doorFact(state, context, fact, env);
  yield* obligationSteps(state, fact, env);
  if (known && memory.handoff && !memory.handoff.finished) yield { kind: 'relay-to-handoff', workflowId: memory.handoff.workflowId, fact };
}

/**
 * A fact from a door: the journey learns what it carries, applies what waited for it and the
 * fact's own steps, and hands the person over to support as soon as it knows the country,
 * whichever door they came through (ATD Art 11(3): never waiting for a report, an
 * identification or cooperation).
 */
function* doorFact(state: JourneyCoreState, context: JourneyContext, fact: JourneyFact, env: JourneyEnv): Generator<JourneyEffect> {
  const { memory, journeyId } = state;
  if (learn(memory, context, env)) yield* waitingSteps(state, env);
  yield* obligationSteps(state, fact, env);
  if (memory.handoff || !memory.country) return;
  const handoff: HandoffStart = {
    workflowId: env.handoffWorkflowId,
    journeyId,
    country: memory.country,
    language: memory.language ?? LANGUAGE_NOT_YET_KNOWN,
    specialism: context.specialism ?? 'general-victim-support',
  };
  memory.handoff = { workflowId: handoff.workflowId, revision: 0, finished: false, attempts: [], obligations: [] };
  yield { kind: 'start-handoff', handoff };
}

/** Takes from a door's fact what the journey did not know yet; the first country it learns fixes its rules. */
function learn(memory: JourneyMemory, context: JourneyContext, env: JourneyEnv): boolean {
  memory.openedBy ??= context.actingOrganisationId;
  memory.region ??= context.region;
  if (memory.country || !context.country) {
    memory.language ??= context.language;
    return false;
  }
  memory.country = context.country;
  memory.language = context.language;
  // The journey keeps the rules it started with; journeys from before this kept the first Belgian pack.
  const rules = env.isPatched('pin-country-pack') ? newestCountryRules(context.country) : countryRulesBeforePinning(context.country);
  memory.countryPackVersion = rules.countryPackVersion;
  return true;
}

/** Applies the obligation table to a fact: the same code for every fact and rule. */
function* obligationSteps(state: JourneyCoreState, fact: JourneyFact, env: JourneyEnv): Generator<JourneyEffect> {
  for (const step of factSteps(fact)) yield* applyStep(state, step, env);
}

/**
 * The steps that waited for the country, as of their own facts' times. Their clocks start only
 * once all of them are applied: an obligation met by a later waiting fact must never be missed in between.
 */
function* waitingSteps(state: JourneyCoreState, env: JourneyEnv): Generator<JourneyEffect> {
  const { memory } = state;
  const waiting = memory.waitingForCountry ?? [];
  if (waiting.length === 0) return;
  memory.waitingForCountry = [];
  const clocks: JourneyEffect[] = [];
  for (const step of waiting) {
    for (const effect of applyStep(state, step, env)) {
      if (effect.kind === 'start-clock') clocks.push(effect);
      else yield effect;
    }
  }
  yield* clocks;
}

function* applyStep(state: JourneyCoreState, step: FactStep, env: JourneyEnv): Generator<JourneyEffect> {
  const { memory, ledger } = state;
  // Until the journey knows its country nothing can open, so nothing can be met: every step waits, in order.
  if (!countryRules(memory) && memory.waitingForCountry) return void memory.waitingForCountry.push(step);
  if (step.kind === 'meet') yield* meet(state, step, env);
  else if (step.kind === 'choose') yield* recordChoice(state, step, env);
  else if (step.kind === 'mark') mark(ledger, step, env);
  else if (step.kind === 'close') yield* close(state, step, env);
  else if (step.kind === 'presume-child') yield* presumeChild(state, step, env);
  else if (step.kind === 'extend') extend(ledger, step);
  else if (step.once && ledger.has(step.ruleId)) countFromEarliest(state, step, env);
  else if (step.patch && !env.isPatched(step.patch)) return;
  else {
    const rules = countryRules(memory);
    if (!rules) return yield* waitForCountry(memory, step, env, 'An obligation cannot open before the journey knows its country');
    yield* open(state, step, rules, env);
  }
}

function* open(state: JourneyCoreState, step: Extract<FactStep, { kind: 'open' }>, rules: CountryRules, env: JourneyEnv): Generator<JourneyEffect> {
  const { memory, ledger } = state;
  const period = { child: memory.child || step.urgent, followUp: step.followUp };
  const deadline = deadlineFor(step.ruleId, rules, step.openedAt, step.dueFrom, period, step.calendarCountry);
  const obligation = ledger.open(deadline.rule, deadline.openedAt, deadline.dueAt, step.subjectKey, deadline.uncomputable, step.calendarCountry);
  const choice = memory.choices?.[step.ruleId];
  const alreadyMet = step.alreadyMetBy === 'support-accepted' ? supportAccepted(memory) : undefined;
  if (choice && !choice.wants) return yield* declineForVictim(ledger, obligation.obligationId, step.openedAt, choice.at, env);
  if (alreadyMet) return yield* closeAsMet(ledger, obligation.obligationId, step.openedAt, alreadyMet, 'already-met-when-opened');
  const reminders = [...deadline.reminders, ...reviewBeforeEnd(step, rules, deadline.dueAt, env)].sort();
  yield { kind: 'start-clock', obligationId: obligation.obligationId, reminders };
  const action = serviceActionFor(state.journeyId, obligation, 'open', step.openedAt, env.isPatched);
  if (action) yield { kind: 'call-service', action };
}

// A review owed inside the period (the recovery period's day 30) is a reminder before its end; not for journeys from before it.
function reviewBeforeEnd(step: Extract<FactStep, { kind: 'open' }>, rules: CountryRules, dueAt: string | undefined, env: JourneyEnv): string[] {
  if (!step.reviewOnDay) return [];
  const reviewAt = reviewTime(rules, step.ruleId, step.openedAt, step.reviewOnDay);
  return dueAt && reviewAt && reviewAt < dueAt && env.isPatched('review-inside-period') ? [reviewAt] : [];
}

function* closeAsMet(
  ledger: ObligationLedger,
  obligationId: string,
  at: string,
  evidence: string,
  reasonCode: ObligationReasonCode = 'evidence-received',
): Generator<JourneyEffect> {
  const met = ledger.close(obligationId, 'met', at, reasonCode, evidence);
  if (met) yield { kind: 'publish-outcome', obligation: met };
}

// Every outcome is published; journeys from before this published met and missed only.
function* publishClosed(closed: ObligationView | undefined, env: JourneyEnv): Generator<JourneyEffect> {
  if (closed && env.isPatched('publish-every-outcome')) yield { kind: 'publish-outcome', obligation: closed };
}

function declineForVictim(ledger: ObligationLedger, obligationId: string, at: string, choiceAt: string, env: JourneyEnv): Generator<JourneyEffect> {
  return publishClosed(ledger.close(obligationId, 'declined-by-victim', at, 'victim-declined', `the victim asked on ${choiceAt} not to be told`), env);
}

/** The evidence of support's acceptance, for an obligation that opens after support took the victim on. */
function supportAccepted(memory: JourneyMemory): string | undefined {
  const accepted = memory.handoff?.attempts.find((attempt) => attempt.status === 'accepted');
  return accepted && `${factName(JourneyFactTypes.referralAccepted)}: referralId ${accepted.referralId}, organisationId ${accepted.organisationId}`;
}

// Before the due time some facts count only under a condition (a conclusive-grounds decision during the
// recovery period only at the person's request); otherwise they breach the rule, which the obligation
// records. A protection period is not met by a fact: it is met by running its course (see AtDue).
function* meet({ ledger }: JourneyCoreState, step: Extract<FactStep, { kind: 'meet' }>, env: JourneyEnv): Generator<JourneyEffect> {
  for (const { obligationId, ruleId, dueAt } of ledger.openOf(step.ruleIds, step.subjectKey)) {
    const inside = dueAt !== undefined && step.at < dueAt;
    if (step.beforeDue && !step.beforeDue.valid && inside) ledger.recordBreach(obligationId, step.at, step.beforeDue.breach);
    else if (AtDue[ruleId as RuleId] === 'protection-period' && env.isPatched('at-due-protection-period')) continue;
    else yield* closeAsMet(ledger, obligationId, step.at, step.evidence);
  }
}

function mark(ledger: ObligationLedger, step: Extract<FactStep, { kind: 'mark' }>, env: JourneyEnv): void {
  if (step.patch && !env.isPatched(step.patch)) return;
  for (const { obligationId } of ledger.openOf([step.ruleId], step.subjectKey)) ledger.mark(obligationId, step.mark, step.at);
}

// An order that ended or was revoked is neither met nor missed: it closes as what happened.
function* close({ ledger }: JourneyCoreState, step: Extract<FactStep, { kind: 'close' }>, env: JourneyEnv): Generator<JourneyEffect> {
  if (step.patch && !env.isPatched(step.patch)) return;
  const reasonCode = step.as === 'ended' ? 'order-ended-on-its-date' : 'order-revoked';
  for (const { obligationId } of ledger.openOf([step.ruleId], step.subjectKey)) {
    yield* publishClosed(ledger.close(obligationId, step.as, step.at, reasonCode, step.evidence), env);
  }
}

// A child's obligations follow the children figure from the presumption on, never later than already due.
function* presumeChild(state: JourneyCoreState, step: Extract<FactStep, { kind: 'presume-child' }>, env: JourneyEnv): Generator<JourneyEffect> {
  const { memory, ledger } = state;
  memory.child = true;
  const rules = countryRules(memory);
  if (!rules) return yield* waitForCountry(memory, step, env, "A child's obligations cannot open before the journey knows its country");
  for (const ruleId of step.ruleIds) {
    if (!ledger.has(ruleId)) yield* open(state, { kind: 'open', ruleId, openedAt: step.at, dueFrom: step.at, once: true }, rules, env);
    for (const { obligationId, dueAt } of ledger.openOf([ruleId])) {
      const childDue = deadlineFor(ruleId, rules, step.at, step.at, { child: true }).dueAt;
      if (childDue && (!dueAt || childDue < dueAt)) ledger.retime(obligationId, childDue);
    }
  }
}

// A later due time only: an extension never shortens what the person is owed.
function extend(ledger: ObligationLedger, step: Extract<FactStep, { kind: 'extend' }>): void {
  for (const { obligationId, dueAt } of ledger.openOf([step.ruleId], step.subjectKey)) {
    if (dueAt && step.until > dueAt) ledger.retime(obligationId, step.until);
  }
}

function* recordChoice({ memory, ledger }: JourneyCoreState, step: Extract<FactStep, { kind: 'choose' }>, env: JourneyEnv): Generator<JourneyEffect> {
  memory.choices = { ...memory.choices, [step.ruleId]: { wants: step.wants, at: step.at } };
  if (step.wants) return;
  for (const { obligationId } of ledger.openOf([step.ruleId])) yield* declineForVictim(ledger, obligationId, step.at, step.at, env);
}

// Journeys from before this skipped such a step with a warning; they keep doing so on replay.
function* waitForCountry(memory: JourneyMemory, step: FactStep, env: JourneyEnv, skipped: string): Generator<JourneyEffect> {
  if (env.isPatched('steps-wait-for-country')) memory.waitingForCountry = [...(memory.waitingForCountry ?? []), step];
  else yield { kind: 'warn', message: skipped, step: step.kind };
}

// An obligation owed once counts from the first contact, even when that fact reached the journey late.
function countFromEarliest({ memory, ledger }: JourneyCoreState, step: Extract<FactStep, { kind: 'open' }>, env: JourneyEnv): void {
  const rules = countryRules(memory);
  for (const { obligationId, openedAt } of ledger.openOf([step.ruleId])) {
    if (!rules || step.openedAt >= openedAt || !env.isPatched('once-counts-from-first-contact')) continue;
    const deadline = deadlineFor(step.ruleId, rules, step.openedAt, step.dueFrom, { child: memory.child || step.urgent, followUp: step.followUp });
    ledger.backdate(obligationId, step.openedAt, deadline.dueAt);
  }
}

/**
 * A reminder of an open obligation came: it is noted, and it is a task for whoever must act
 * (journeys from before this only noted it); an order's reminder asks protection to have its
 * renewal considered.
 */
export function* reminderEffects(state: JourneyCoreState, obligationId: string, at: string, env: JourneyEnv): Generator<JourneyEffect> {
  const { ledger } = state;
  ledger.remind(obligationId, at);
  yield { kind: 'refresh' };
  if (!env.isPatched('reminders-raise-tasks')) return;
  const obligation = ledger.get(obligationId);
  yield { kind: 'raise-task', obligation, task: AtDue[obligation.ruleId as RuleId] === 'protection-period' ? 'review' : 'reminder', at };
  const action = serviceActionFor(state.journeyId, obligation, 'reminder', at, env.isPatched);
  if (action) yield { kind: 'call-service', action };
}

/**
 * An obligation closed at its due time: the outcome is published, an order's end is told to
 * protection, one missed while its evidence was awaited is a task for the role that must act, and
 * a missed one is escalated as its rule says.
 */
export function* dueEffects(state: JourneyCoreState, closed: ObligationView, env: JourneyEnv): Generator<JourneyEffect> {
  yield { kind: 'refresh' };
  yield { kind: 'publish-outcome', obligation: closed };
  const at = closed.closedAt ?? '';
  const action = serviceActionFor(state.journeyId, closed, 'due', at, env.isPatched);
  if (action) yield { kind: 'call-service', action };
  if (closed.status !== 'missed') return;
  const actions = actionsWhenMissed(closed.ruleId, countryRules(state.memory));
  // Started but never evidenced: whoever must act tells the victim another way, or has the translation done.
  if (missedAwaitingEvidence(closed.reasonCode)) yield { kind: 'raise-task', obligation: closed, task: 'evidence-awaited', at };
  yield { kind: 'escalate-missed', obligation: closed, actions };
  if (actions.includes('notify-operations') && env.isPatched('escalations-raise-tasks')) {
    yield { kind: 'raise-task', obligation: closed, task: 'notify-operations', at };
  }
}

/** The country's rules the journey keeps, once it knows its country. */
export function countryRules(memory: JourneyMemory): CountryRules | undefined {
  return memory.country === undefined
    ? undefined
    : {
        country: memory.country,
        countryPackVersion: memory.countryPackVersion ?? countryRulesBeforePinning(memory.country).countryPackVersion,
        ...(memory.region ? { region: memory.region } : {}),
      };
}

/** What the hand-off tells its journey; a higher revision replaces a lower one. Returns whether anything changed. */
export function applyHandoffProgress(memory: JourneyMemory, progress: ReferralProgress): boolean {
  const handoff = memory.handoff;
  if (!handoff || progress.revision <= handoff.revision) return false;
  Object.assign(handoff, {
    revision: progress.revision,
    finished: progress.outcome !== 'waiting',
    attempts: progress.attempts,
    obligations: progress.obligations,
  });
  if (progress.outcome === 'accepted') memory.stage = 'supported';
  else if (progress.outcome === 'no-organisation-left') memory.stage = 'support-unavailable';
  else if (progress.attempts.length > 0) memory.stage = 'referred';
  return true;
}

/** The journey as its query shows it. */
export function journeyView({ journeyId, memory, ledger }: JourneyCoreState): JourneyState {
  return {
    journeyId,
    stage: memory.stage,
    country: memory.country,
    ...countryPackOf(countryRules(memory)),
    language: memory.language,
    ...(memory.region ? { region: memory.region } : {}),
    ...(memory.openedBy ? { openedBy: memory.openedBy } : {}),
    waitingForCountry: (memory.waitingForCountry ?? []).flatMap((step) => (step.kind === 'open' ? [step.ruleId] : [])),
    child: memory.child === true,
    obligations: [...ledger.all(), ...(memory.handoff?.obligations ?? [])],
    referrals: memory.handoff?.attempts ?? [],
    factsSeen: memory.factsSeen,
  };
}
