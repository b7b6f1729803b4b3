import {
  ApplicationFailure,
  log,
  Next,
  SignalInput,
  UpdateInput,
  WorkflowExecuteInput,
  WorkflowInboundCallsInterceptor,
  WorkflowInterceptorsFactory,
} from '@temporalio/workflow';
import { refusalIn } from './refused-payload';

const refusedFailure = (what: string, reason: string) =>
  ApplicationFailure.create({ message: `${what} refused: its payload was not encrypted by Harbour (${reason})`, type: 'RefusedPayload', nonRetryable: true });

/**
 * Workflow side of the payload codec's refusal (bundled with the journey workflows): a signal
 * carrying a payload Harbour did not encrypt is dropped and logged, such an update is rejected,
 * and a run started with one fails. The journey never sees the forged value.
 */
class RefusedPayloadInbound implements WorkflowInboundCallsInterceptor {
  async execute(input: WorkflowExecuteInput, next: Next<WorkflowInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    const reason = refusalIn(input.args);
    if (reason) throw refusedFailure('workflow start', reason);
    return next(input);
  }

  async handleSignal(input: SignalInput, next: Next<WorkflowInboundCallsInterceptor, 'handleSignal'>): Promise<void> {
    const reason = refusalIn(input.args);
    if (!reason) return next(input);
    log.warn('Dropped a signal whose payload Harbour did not encrypt', { signalName: input.signalName, reason });
  }

  validateUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'validateUpdate'>): void {
    const reason = refusalIn(input.args);
    if (reason) throw refusedFailure(`update ${input.name}`, reason);
    next(input);
  }

  async handleUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'handleUpdate'>): Promise<unknown> {
    const reason = refusalIn(input.args);
    if (reason) throw refusedFailure(`update ${input.name}`, reason);
    return next(input);
  }
}

export const interceptors: WorkflowInterceptorsFactory = () => ({ inbound: [new RefusedPayloadInbound()] });
