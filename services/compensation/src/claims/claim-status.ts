import { nextStatus, StatusTransitionError } from '@harbour/service-runtime';

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

export class ClaimTransitionError extends StatusTransitionError<ClaimStatus, ClaimAction> {
  constructor(status: ClaimStatus, action: ClaimAction) {
    super('claim', status, action, described[action]);
  }
}

export function nextClaimStatus(status: ClaimStatus, action: ClaimAction): ClaimStatus {
  return nextStatus(ClaimTransitions, status, action, () => new ClaimTransitionError(status, action));
}
