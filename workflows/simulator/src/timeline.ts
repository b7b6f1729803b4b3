import { JourneyState, ObligationStatus, ReferralStatus } from '@harbour/contracts';

export type ObligationEvent = 'opened' | 'reminded' | Exclude<ObligationStatus, 'open'>;
export type ReferralEvent = ReferralStatus;

/** One line of a journey's timeline: a fact signalled, or a change the journey made. */
export type TimelineLine =
  | { at: string; kind: 'fact'; type: string; detail?: string }
  | { at: string; kind: 'obligation'; event: ObligationEvent; ruleId: string; legalBasis: string; dueAt?: string; evidence?: string }
  | { at: string; kind: 'referral'; event: ReferralEvent; attempt: number; organisationId: string; acceptBy: string };

/** What the simulator reads after each step: the journey's state and the hand-off's reminder markers. */
export interface JourneySnapshot {
  state: JourneyState;
  reminders: { obligationId: string; at: string }[];
}

export const emptySnapshot = (journeyId: string): JourneySnapshot => ({
  state: { journeyId, stage: 'opened', child: false, obligations: [], referrals: [], factsSeen: 0, waitingForCountry: [] },
  reminders: [],
});

/**
 * The changes between two snapshots as timeline lines, each at the time the journey recorded
 * for it (not when it was read): an obligation that appears was opened, a status that changes
 * closed it; a referral attempt that appears was offered.
 */
export function changesBetween(before: JourneySnapshot, after: JourneySnapshot): TimelineLine[] {
  const lines: TimelineLine[] = [];
  const obligationsBefore = new Map(before.state.obligations.map((obligation) => [obligation.obligationId, obligation]));
  for (const obligation of after.state.obligations) {
    const { ruleId, legalBasis, dueAt } = obligation;
    const previous = obligationsBefore.get(obligation.obligationId);
    if (!previous) lines.push({ at: obligation.openedAt, kind: 'obligation', event: 'opened', ruleId, legalBasis, dueAt });
    if (obligation.status !== 'open' && obligation.status !== previous?.status) {
      lines.push({
        at: obligation.closedAt ?? obligation.dueAt ?? obligation.openedAt,
        kind: 'obligation',
        event: obligation.status,
        ruleId,
        legalBasis,
        dueAt,
        ...(obligation.evidence ? { evidence: obligation.evidence } : {}),
      });
    }
  }
  const obligations = new Map(after.state.obligations.map((obligation) => [obligation.obligationId, obligation]));
  const remindedBefore = new Set(remindersOf(before).map(({ obligationId, at }) => `${obligationId}@${at}`));
  for (const { obligationId, at } of remindersOf(after)) {
    const obligation = obligations.get(obligationId);
    if (!obligation || remindedBefore.has(`${obligationId}@${at}`)) continue;
    lines.push({ at, kind: 'obligation', event: 'reminded', ruleId: obligation.ruleId, legalBasis: obligation.legalBasis, dueAt: obligation.dueAt });
  }

  const referralsBefore = new Map(before.state.referrals.map((referral) => [referral.referralId, referral]));
  for (const referral of after.state.referrals) {
    const { attempt, organisationId, acceptBy } = referral;
    const previous = referralsBefore.get(referral.referralId);
    if (!previous) lines.push({ at: referral.offeredAt, kind: 'referral', event: 'offered', attempt, organisationId, acceptBy });
    if (referral.status !== 'offered' && referral.status !== previous?.status) {
      lines.push({ at: referral.closedAt ?? referral.offeredAt, kind: 'referral', event: referral.status, attempt, organisationId, acceptBy });
    }
  }
  return lines.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** Reminders the journey records on its obligations and those the hand-off keeps as markers, once each. */
function remindersOf({ state, reminders }: JourneySnapshot): { obligationId: string; at: string }[] {
  const all = [...reminders, ...state.obligations.flatMap(({ obligationId, remindedAt }) => (remindedAt ?? []).map((at) => ({ obligationId, at })))];
  return [...new Map(all.map((reminder) => [`${reminder.obligationId}@${reminder.at}`, reminder])).values()];
}
