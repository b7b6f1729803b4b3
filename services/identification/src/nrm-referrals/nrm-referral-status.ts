import { DecisionTaskKind } from '@harbour/contracts';
import { StepNotAllowedError } from '../shared/identification-errors';

export type NrmReferralAction = DecisionTaskKind | 'recovery-period-extension' | 'removal';

/**
 * An NRM referral's life as a table: in which status which step is allowed, and where each of
 * its outcomes leads. A conclusive-grounds decision needs a positive reasonable-grounds decision
 * first; each decision is taken once; a closed referral takes no further step.
 */
export const NrmReferralTransitions = {
  'awaiting-reasonable-grounds': {
    'reasonable-grounds': { positive: 'awaiting-conclusive-grounds', negative: 'reasonable-grounds-negative' },
    // A removal is recorded while the person is protected from it; it changes no decision.
    removal: { recorded: 'awaiting-reasonable-grounds' },
  },
  'awaiting-conclusive-grounds': {
    'conclusive-grounds': { positive: 'identified', negative: 'not-identified' },
    'recovery-period-extension': { extended: 'awaiting-conclusive-grounds' },
    removal: { recorded: 'awaiting-conclusive-grounds' },
  },
  'reasonable-grounds-negative': {},
  identified: {},
  'not-identified': {},
} as const satisfies Record<string, Partial<Record<NrmReferralAction, Record<string, string>>>>;

export type NrmReferralStatus = keyof typeof NrmReferralTransitions;
export const NrmReferralStatuses = Object.keys(NrmReferralTransitions) as NrmReferralStatus[];

/** The decision a referral in this status waits for; none once it is closed. */
export const AwaitedDecision: Record<NrmReferralStatus, DecisionTaskKind | undefined> = {
  'awaiting-reasonable-grounds': 'reasonable-grounds',
  'awaiting-conclusive-grounds': 'conclusive-grounds',
  'reasonable-grounds-negative': undefined,
  identified: undefined,
  'not-identified': undefined,
};

const stepWords: Record<NrmReferralAction, string> = {
  'reasonable-grounds': 'reasonable-grounds decision',
  'conclusive-grounds': 'conclusive-grounds decision',
  'recovery-period-extension': 'extension of the recovery period',
  removal: 'removal to record',
};

const statusWords: Record<NrmReferralStatus, string> = {
  'awaiting-reasonable-grounds': 'the referral awaits its reasonable-grounds decision first',
  'awaiting-conclusive-grounds': 'reasonable grounds were already decided positive; the referral awaits its conclusive-grounds decision',
  'reasonable-grounds-negative': 'reasonable grounds were decided negative, which closed the referral',
  identified: 'conclusive grounds were already decided positive, which closed the referral',
  'not-identified': 'conclusive grounds were already decided negative, which closed the referral',
};

export class NrmReferralStepError extends StepNotAllowedError {
  constructor(
    readonly status: NrmReferralStatus,
    readonly action: NrmReferralAction,
  ) {
    super(`no ${stepWords[action]} now: ${statusWords[status]}`);
    this.name = 'NrmReferralStepError';
  }
}

export function nextNrmReferralStatus(status: NrmReferralStatus, action: NrmReferralAction, outcome: string): NrmReferralStatus {
  const outcomes = (NrmReferralTransitions[status] as Partial<Record<NrmReferralAction, Record<string, NrmReferralStatus>>>)[action];
  const next = outcomes?.[outcome];
  if (!next) throw new NrmReferralStepError(status, action);
  return next;
}

/** While identification is under way the person may not be removed from the country (CETS 197 Art 10(2)). */
export function doNotRemove(status: NrmReferralStatus): boolean {
  return AwaitedDecision[status] !== undefined;
}
