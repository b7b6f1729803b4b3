import { nextStatus, StatusTransitionError } from '@harbour/service-runtime';

/**
 * A referral's life as a table: which action is allowed in which status and where it leads.
 * Anything not in the table is refused with a clear error, so a late accept of a referral the
 * journey already withdrew cannot slip through.
 *
 * offered → accepted | declined | withdrawn (by the journey); accepted → in-progress →
 * completed; Harbour may revoke an open or running referral.
 */
export const ReferralTransitions = {
  offered: { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn', revoke: 'revoked' },
  accepted: { start: 'in-progress', revoke: 'revoked' },
  'in-progress': { complete: 'completed', revoke: 'revoked' },
  declined: {},
  withdrawn: {},
  completed: {},
  revoked: {},
} as const satisfies Record<string, Record<string, string>>;

export type ReferralStatus = keyof typeof ReferralTransitions;
export type ReferralAction = 'accept' | 'decline' | 'withdraw' | 'start' | 'complete' | 'revoke';

/** Statuses in which the organisation holds one of its places for the referral. */
export const PlaceHoldingStatuses: readonly ReferralStatus[] = ['accepted', 'in-progress'];

export class ReferralTransitionError extends StatusTransitionError<ReferralStatus, ReferralAction> {
  constructor(status: ReferralStatus, action: ReferralAction) {
    super('referral', status, action, pastTense[action]);
  }
}

const pastTense: Record<ReferralAction, string> = {
  accept: 'accepted',
  decline: 'declined',
  withdraw: 'withdrawn',
  start: 'started',
  complete: 'completed',
  revoke: 'revoked',
};

export function nextReferralStatus(status: ReferralStatus, action: ReferralAction): ReferralStatus {
  return nextStatus(ReferralTransitions, status, action, () => new ReferralTransitionError(status, action));
}
