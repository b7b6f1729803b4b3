import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { ObligationTask, ObligationTaskKinds, ObligationTaskRoles } from './obligation-task.payload';

export { ObligationTask, ObligationTaskKinds, ObligationTaskRoles };
export type { ObligationTaskKind, ObligationTaskRole } from './obligation-task.payload';

/** A reminder or an escalation of an open obligation, as a task for a named role: never only a log line. */
export const ObligationTaskRaisedEvent = defineEvent({
  type: 'harbour.journey.obligation-task.raised.v1',
  topic: Topics.journey,
  source: '/harbour/journeys',
  payload: ObligationTask,
  example: {
    obligationId: 'protection-order-expiry#1',
    ruleId: 'protection-order-expiry',
    kind: 'reminder',
    forRole: 'protection-officer',
    dueAt: '2026-09-05T21:59:59.999Z',
    at: '2026-08-29T21:59:59.999Z',
  } as ObligationTask,
});
