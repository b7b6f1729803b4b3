/**
 * A claim's life as a table: which action is allowed in which status and where it leads.
 * A national claim runs opened → submitted → decided → paid; a cross-border one (Directive
 * 2004/80/EC) runs received → transmitted → acknowledged → decided → paid. Anything not in
 * the table is refused with a clear error.
 */
export const ClaimTransitions = {
  opened: { 'record-document': 'opened', submit: 'submitted' },
  submitted: { 'record-document': 'submitted', decide: 'decided' },
  received: { 'record-document': 'received', transmit: 'transmitted' },
  // The deciding authority is silent until it acknowledges: it may be chased meanwhile.
  transmitted: { 'record-document': 'transmitted', chase: 'transmitted', acknowledge: 'acknowledged' },
  acknowledged: { 'record-document': 'acknowledged', decide: 'decided' },
  decided: { pay: 'paid', appeal: 'appealed' },
  // A partly granted claim may be paid and still appealed within the window.
  paid: { appeal: 'appealed' },
  appealed: { decide: 'decided' },
} as const satisfies Record<string, Record<string, string>>;

export type ClaimStatus = keyof typeof ClaimTransitions;
export type ClaimAction = 'record-document' | 'submit' | 'transmit' | 'chase' | 'acknowledge' | 'decide' | 'pay' | 'appeal';

export const ClaimStatuses = Object.keys(ClaimTransitions) as ClaimStatus[];

const described: Record<ClaimAction, string> = {
  'record-document': 'given documents',
  submit: 'submitted',
  transmit: 'transmitted',
  chase: 'chased',
  acknowledge: 'acknowledged',
  decide: 'decided',
  pay: 'paid',
  appeal: 'appealed',
};

export class ClaimTransitionError extends Error {
  constructor(
    readonly status: ClaimStatus,
    readonly action: ClaimAction,
  ) {
    super(`a claim that is ${status} cannot be ${described[action]}`);
    this.name = 'ClaimTransitionError';
  }
}

export function nextClaimStatus(status: ClaimStatus, action: ClaimAction): ClaimStatus {
  const next = (ClaimTransitions[status] as Partial<Record<ClaimAction, ClaimStatus>>)[action];
  if (!next) throw new ClaimTransitionError(status, action);
  return next;
}
