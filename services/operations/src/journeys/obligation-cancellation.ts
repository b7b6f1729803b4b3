import { BadRequestException, BeforeApplicationShutdown, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { CancellationReason, cancelObligationUpdate, journeyWorkflowId, ObligationView } from '@harbour/contracts/journey';
import { AuditLog, Principal } from '@harbour/security';
import { connectTemporalClient } from '@harbour/temporal';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { analystCountry } from './analyst-country';
import { JourneyDirectory } from './journey-directory';

/**
 * An analyst cancels an obligation that should never have opened, through the journey's own
 * update: the journey's validator decides (unknown, already closed or the hand-off's own is
 * refused with its reason) and the journey publishes the outcome. Audited once accepted.
 */
@Injectable()
export class ObligationCancellation implements BeforeApplicationShutdown {
  // Connected on the first cancellation: the read model serves without Temporal.
  private client?: Promise<Client>;

  constructor(
    private readonly directory: JourneyDirectory,
    private readonly audit: AuditLog,
  ) {}

  async cancel(principal: Principal, journeyId: string, obligationId: string, reason: CancellationReason): Promise<ObligationView> {
    await this.directory.get(analystCountry(principal), journeyId);
    const client = await (this.client ??= connectTemporalClient());
    let cancelled: ObligationView;
    try {
      cancelled = await client.workflow.getHandle(journeyWorkflowId(journeyId)).executeUpdate(cancelObligationUpdate, { args: [{ obligationId, reason }] });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new NotFoundException(`no running journey ${journeyId}`);
      if (error instanceof WorkflowUpdateFailedError) throw new ConflictException(error.cause?.message ?? error.message);
      throw error;
    }
    if (cancelled.status !== 'cancelled') throw new BadRequestException(`obligation ${obligationId} was not cancelled: it is ${cancelled.status}`);
    await this.audit.record({ actor: principal.subject, action: `obligation.cancelled:${reason}`, resource: `obligation/${obligationId}`, journeyId });
    return cancelled;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const client = await this.client?.catch(() => undefined);
    await client?.connection.close();
  }
}
