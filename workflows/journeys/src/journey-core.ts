import type { CancelObligation, JourneyFact, JourneyState, ObligationView } from '@harbour/contracts/journey';
import type { RuleId } from '@harbour/rules';
import { contextOf, JourneyContext } from './journey-doors';
import { readFact } from './journey-facts';
import { countryRules, HandoffStart, JourneyCoreState, JourneyEffect, JourneyEnv, JourneyMemory } from './journey-memory';
import { actionsWhenMissed, countryPackOf, countryRulesBeforePinning, newestCountryRules } from './journey-rules';
import { serviceActionFor } from './journey-service-actions';
import { applyStep } from './journey-steps';
import { missedAwaitingEvidence } from './obligation-due-outcome';
import { factSteps } from './obligation-steps';
import { AtDue } from './obligation-table';
import type { ReferralProgress } from './referral-handoff.workflow';

export * from './journey-memory';

/** ISO 639-2 "undetermined": the hand-off starts before anyone knows the language, and support is told so. */
const LANGUAGE_NOT_YET_KNOWN = 'und';

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

/**
 * Operations cancel an obligation opened in error (the request already validated): it closes as
 * cancelled with the reason code, and is published like every outcome; journeys from before this
 * only closed it.
 */
export function* cancelEffects(state: JourneyCoreState, request: CancelObligation, at: string, env: JourneyEnv): Generator<JourneyEffect> {
  const cancelled = state.ledger.close(request.obligationId, 'cancelled', at, request.reason, `cancelled by operations: ${request.reason}`);
  yield { kind: 'refresh' };
  if (cancelled && env.isPatched('publish-cancellation')) yield { kind: 'publish-outcome', obligation: cancelled };
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
