import { nextStatus, StatusTransitionError } from '@harbour/service-runtime';

/**
 * A measure's life as a table: which action is allowed in which status and where it leads.
 * Steps that record something without changing the status (a breach, a reminder, a decision
 * not to renew, the executing state's recognition) stay in place. Expired and revoked are final.
 */
const inForce = <S extends string>(status: S) =>
  ({
    renew: 'renewed',
    'decline-renewal': status,
    'report-breach': status,
    remind: status,
    'record-recognition': status,
    expire: 'expired',
    revoke: 'revoked',
  }) as const;

export const MeasureTransitions = {
  active: inForce('active'),
  renewed: inForce('renewed'),
  expired: {},
  revoked: {},
} as const satisfies Record<string, Record<string, string>>;

export type MeasureStatus = keyof typeof MeasureTransitions;
export type MeasureAction = keyof ReturnType<typeof inForce>;

export const MeasureStatuses = Object.keys(MeasureTransitions) as MeasureStatus[];

const described: Record<MeasureAction, string> = {
  renew: 'renewed',
  'decline-renewal': 'refused renewal',
  'report-breach': 'reported breached',
  remind: 'reminded of',
  'record-recognition': 'recognised',
  expire: 'expired',
  revoke: 'revoked',
};

export class MeasureTransitionError extends StatusTransitionError<MeasureStatus, MeasureAction> {
  constructor(status: MeasureStatus, action: MeasureAction) {
    super('measure', status, action, described[action]);
  }
}

export function nextMeasureStatus(status: MeasureStatus, action: MeasureAction): MeasureStatus {
  return nextStatus(MeasureTransitions, status, action, () => new MeasureTransitionError(status, action));
}

/** Whether the measure still protects the victim. */
export function inForceStatus(status: MeasureStatus): boolean {
  return status === 'active' || status === 'renewed';
}
