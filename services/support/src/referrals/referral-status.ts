/**
 * A referral's life as a table: which action is allowed in which status and where it leads.
 * Anything not in the table is refused with a clear error, so a late accept of a referral the
 * journey already withdrew cannot slip through.
 */
export const ReferralTransitions = {
  offered: { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' },
  accepted: {},
  declined: {},
  withdrawn: {},
} as const satisfies Record<string, Record<string, string>>;

export type ReferralStatus = keyof typeof ReferralTransitions;
export type ReferralAction = 'accept' | 'decline' | 'withdraw';

export class ReferralTransitionError extends Error {
  constructor(
    readonly status: ReferralStatus,
    readonly action: ReferralAction,
  ) {
    super(`a referral that is ${status} cannot be ${pastTense[action]}`);
    this.name = 'ReferralTransitionError';
  }
}

const pastTense: Record<ReferralAction, string> = { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' };

export function nextReferralStatus(status: ReferralStatus, action: ReferralAction): ReferralStatus {
  const next = (ReferralTransitions[status] as Partial<Record<ReferralAction, ReferralStatus>>)[action];
  if (!next) throw new ReferralTransitionError(status, action);
  return next;
}
