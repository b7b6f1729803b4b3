import {
  cancelObligationUpdate,
  CrimeType,
  JourneyFact,
  journeyFactSignal,
  JourneyStage,
  JourneyStart,
  JourneyState,
  journeyStateQuery,
  ObligationView,
  ReferralAttemptView,
  ReportReceived,
  SpecialismForCrime,
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
import { JourneyFactTypes, readFact } from './journey-facts';
import { actionsWhenMissed, countryPackOf, CountryRules, countryRulesBeforePinning, deadlineFor, newestCountryRules, remindersStillToCome } from './journey-rules';
import { JourneySearchAttributesPublisher } from './journey-search-attributes';
import { runObligationClock } from './obligation-clock';
import { assertCancellable } from './obligation-cancellation';
import { escalateMissed } from './obligation-escalations';
import { ObligationLedger } from './obligation-ledger';
import { publishOutcome } from './obligation-outcomes';
import { factName, FactStep, factSteps } from './obligation-steps';
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
    child: memory.child === true,
    obligations: [...ledger.all(), ...(memory.handoff?.obligations ?? [])],
    referrals: memory.handoff?.attempts ?? [],
    factsSeen: memory.factsSeen,
  });
  const refresh = () => searchAttributes.publish(state());

  const watch = (obligationId: string, reminders: string[]) =>
    void runObligationClock(ledger, obligationId, reminders, {
      onReminder: (at) => {
        ledger.remind(obligationId, at);
        refresh();
      },
      onMissed: async (missed) => {
        refresh();
        clocksPublishing += 1;
        try {
          await publishOutcome(journeyId, missed, 'missed');
          await escalateMissed(journeyId, missed, actionsWhenMissed(missed.ruleId, countryRules()));
        } finally {
          clocksPublishing -= 1;
        }
      },
    });

  const countryRules = (): CountryRules | undefined =>
    memory.country === undefined
      ? undefined
      : { country: memory.country, countryPackVersion: memory.countryPackVersion ?? countryRulesBeforePinning(memory.country).countryPackVersion };

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
    if (choice && !choice.wants) ledger.close(obligationId, 'declined-by-victim', step.openedAt, declinedByVictim(choice.at));
    else if (alreadyMet) await closeAsMet(obligationId, step.openedAt, alreadyMet);
    else watch(obligationId, deadline.reminders);
  };

  const closeAsMet = async (obligationId: string, at: string, evidence: string) => {
    const met = ledger.close(obligationId, 'met', at, evidence);
    if (met) await publishOutcome(journeyId, met, 'met');
  };

  // Before the due time some facts count only under a condition (a conclusive-grounds decision during the
  // recovery period only at the person's request); otherwise they breach the rule and it stays open.
  const meet = async (step: Extract<FactStep, { kind: 'meet' }>) => {
    for (const { obligationId, dueAt } of ledger.openOf(step.ruleIds, step.subjectKey)) {
      if (step.beforeDue && !step.beforeDue.valid && dueAt !== undefined && step.at < dueAt) ledger.recordBreach(obligationId, step.at, step.beforeDue.breach);
      else await closeAsMet(obligationId, step.at, step.evidence);
    }
  };

  // A child's obligations follow the children figure from the presumption on, never later than already due.
  const presumeChild = async (step: Extract<FactStep, { kind: 'presume-child' }>) => {
    memory.child = true;
    const rules = countryRules();
    if (!rules) return log.warn('A child\'s obligations cannot open before the journey knows its country', { ruleIds: step.ruleIds });
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

  const recordChoice = (step: Extract<FactStep, { kind: 'choose' }>) => {
    memory.choices = { ...memory.choices, [step.ruleId]: { wants: step.wants, at: step.at } };
    if (step.wants) return;
    for (const { obligationId } of ledger.openOf([step.ruleId])) {
      ledger.close(obligationId, 'declined-by-victim', step.at, declinedByVictim(step.at));
    }
  };

  const openInCountry = async (step: Extract<FactStep, { kind: 'open' }>) => {
    const rules = countryRules();
    if (!rules) return log.warn('An obligation cannot open before the journey knows its country', { ruleId: step.ruleId });
    await open(step, rules);
  };

  /** Applies the obligation table to a fact: the same code for every fact and rule. */
  const applyObligationSteps = async (fact: JourneyFact) => {
    for (const step of factSteps(fact)) {
      if (step.kind === 'meet') await meet(step);
      else if (step.kind === 'choose') recordChoice(step);
      else if (step.kind === 'presume-child') await presumeChild(step);
      else if (step.kind === 'extend') extend(step);
      else if (step.once && ledger.has(step.ruleId)) continue;
      else if (step.patch && !patched(step.patch)) continue;
      else await openInCountry(step);
    }
  };

  const startHandoff = async (country: string, language: string, crimeType: CrimeType) => {
    const workflowId = referralHandoffWorkflowId(journeyId);
    memory.handoff = { workflowId, revision: 0, finished: false, attempts: [], obligations: [] };
    // Abandoned, not terminated, when this run continues as new: the hand-off outlives the run.
    await startChild(ReferralHandoff, {
      workflowId,
      args: [{ journeyId, country, language, specialism: SpecialismForCrime[crimeType] }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  };

  const onReportReceived = async (report: ReportReceived, fact: JourneyFact) => {
    if (!memory.country) {
      memory.country = report.country;
      memory.language = report.language;
      // The journey keeps the rules it started with; journeys from before this kept the first Belgian pack.
      const rules = patched('pin-country-pack') ? newestCountryRules(report.country) : countryRulesBeforePinning(report.country);
      memory.countryPackVersion = rules.countryPackVersion;
    }
    await applyObligationSteps(fact);
    // Support never waits for a complaint: the hand-off starts with the first report.
    if (!memory.handoff) await startHandoff(report.country, report.language, report.crimeType);
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
    if (known?.type === JourneyFactTypes.reportReceived) return onReportReceived(known.data, fact);
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
      const cancelled = ledger.close(obligationId, 'cancelled', now(), `cancelled by operations: ${reason}`);
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
