import type { ObligationReasonCode, ObligationView } from '@harbour/contracts/journey';
import type { RuleId } from '@harbour/rules';
import { JourneyFactTypes } from './journey-facts';
import { countryRules, JourneyCoreState, JourneyEffect, JourneyEnv, JourneyMemory } from './journey-memory';
import { CountryRules, deadlineFor, reviewTime } from './journey-rules';
import { serviceActionFor } from './journey-service-actions';
import { ObligationLedger } from './obligation-ledger';
import { factName, FactStep } from './obligation-steps';
import { AtDue } from './obligation-table';

/** Applies one step of the obligation table to the journey, yielding what the journey must do. */
export function* applyStep(state: JourneyCoreState, step: FactStep, env: JourneyEnv): Generator<JourneyEffect> {
  const { memory, ledger } = state;
  // Until the journey knows its country nothing can open, so nothing can be met: every step waits, in order.
  if (!countryRules(memory) && memory.waitingForCountry) return void memory.waitingForCountry.push(step);
  if (step.kind === 'meet') yield* meet(state, step, env);
  else if (step.kind === 'choose') yield* recordChoice(state, step, env);
  else if (step.kind === 'mark') mark(ledger, step, env);
  else if (step.kind === 'close') yield* close(state, step, env);
  else if (step.kind === 'breach') yield* breach(state, step, env);
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

// A protection period keeps the breach as evidence and ends breached; an obligation without a due time closes breached now.
function* breach({ ledger }: JourneyCoreState, step: Extract<FactStep, { kind: 'breach' }>, env: JourneyEnv): Generator<JourneyEffect> {
  if (step.patch && !env.isPatched(step.patch)) return;
  for (const { obligationId, ruleId, dueAt } of ledger.openOf(step.ruleIds, step.subjectKey)) {
    if (AtDue[ruleId as RuleId] !== 'protection-period') yield* publishClosed(ledger.close(obligationId, 'breached', step.at, 'removed-while-protected', step.evidence), env);
    // After its end the period was respected, whatever came later.
    else if (dueAt && step.at < dueAt) ledger.recordBreach(obligationId, step.at, `${step.what} (${step.evidence})`);
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
