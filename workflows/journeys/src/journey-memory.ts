import type { JourneyFact, JourneyStage, ObligationTaskKind, ObligationView, ReferralAttemptView, Specialism } from '@harbour/contracts/journey';
import type { EscalationAction, RuleId } from '@harbour/rules';
import { CountryRules, countryRulesBeforePinning } from './journey-rules';
import type { ServiceAction } from './journey-service-actions';
import type { ObligationLedger } from './obligation-ledger';
import type { FactStep } from './obligation-steps';

// The journey core's state, what it asks of the workflow around it, and the effects it decides.

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

export function newJourneyMemory(): JourneyMemory {
  return { stage: 'opened', obligations: [], seenEventIds: [], factsSeen: 0 };
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
