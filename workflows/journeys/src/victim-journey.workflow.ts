import {
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
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { JourneyFactTypes, readFact } from './journey-facts';
import { deadlineFor } from './journey-rules';
import { JourneySearchAttributesPublisher } from './journey-search-attributes';
import { runObligationClock } from './obligation-clock';
import { ObligationLedger } from './obligation-ledger';
import { publishOutcome } from './obligation-outcomes';
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
  language?: string;
  obligations: ObligationView[];
  handoff?: { workflowId: string; revision: number; finished: boolean; attempts: ReferralAttemptView[]; obligations: ObligationView[] };
  seenEventIds: string[];
  factsSeen: number;
}

export interface VictimJourneyInput extends JourneyStart {
  resume?: JourneyMemory;
  /** History length after which the journey continues as new, unless the server suggests it sooner. */
  historyLimit?: number;
}

const DEFAULT_HISTORY_LIMIT = 10_000;

/**
 * One victim's journey, open for as long as they need it. Facts arrive as signals (from the
 * journey router); the journey keeps the stage and the legal obligations with their clocks,
 * and hands the victim over to support through a child workflow.
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
    language: memory.language,
    child: false,
    obligations: [...ledger.all(), ...(memory.handoff?.obligations ?? [])],
    referrals: memory.handoff?.attempts ?? [],
    factsSeen: memory.factsSeen,
  });
  const refresh = () => searchAttributes.publish(state());

  const watch = (obligationId: string, reminders: string[] = []) =>
    void runObligationClock(ledger, obligationId, reminders, {
      onMissed: async (missed) => {
        refresh();
        clocksPublishing += 1;
        try {
          await publishOutcome(journeyId, missed, 'missed');
        } finally {
          clocksPublishing -= 1;
        }
      },
    });

  const openObligation = (ruleId: RuleId, country: string, trigger: string) => {
    const deadline = deadlineFor(ruleId, country, trigger);
    const { obligationId } = ledger.open(deadline.rule, deadline.openedAt, deadline.dueAt);
    watch(obligationId, deadline.reminders);
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

  const onReportReceived = async (report: ReportReceived) => {
    if (!memory.country) {
      memory.country = report.country;
      memory.language = report.language;
    }
    // Information is owed once, from the first contact; each formal complaint is acknowledged.
    if (!ledger.has('vrd-4-information')) openObligation('vrd-4-information', report.country, report.receivedAt);
    if (report.formalComplaint) openObligation('vrd-5-acknowledgement', report.country, report.receivedAt);
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

  // Facts that show vrd-4 or vrd-5 met (information given, complaint acknowledged) will close
  // those obligations here with their evidence, as ReferralAccepted closes vrd-8 in the hand-off.
  const handle = async (fact: JourneyFact) => {
    memory.factsSeen += 1;
    const known = readFact(fact);
    if (known?.type === JourneyFactTypes.reportReceived) await onReportReceived(known.data);
    else if (known) await relayToHandoff(fact);
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

  for (const obligation of ledger.openObligations()) watch(obligation.obligationId);
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
