import { randomUUID } from 'node:crypto';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { IsOptional, IsUUID, Length } from 'class-validator';
import { ChaseDecidingAuthorityCommand, CompensationActivities, CompensationClaimCommand } from '@harbour/contracts';
import { validActivityCommand } from '@harbour/temporal';
import { ClaimNotFoundError, InvalidClaimRequestError } from '../claims/claim-errors';
import { ClaimTransitionError } from '../claims/claim-status';
import { ChaseDecidingAuthority } from '../cross-border/chase-deciding-authority';
import { TransmitClaim } from '../cross-border/transmit-claim';

export class ClaimCommandInput implements CompensationClaimCommand {
  @IsUUID()
  journeyId: string;

  @IsUUID()
  claimId: string;
}

export class ChaseCommandInput extends ClaimCommandInput implements ChaseDecidingAuthorityCommand {
  @IsOptional()
  @Length(1, 512)
  chaseKey?: string;
}

export interface CompensationActivityDependencies {
  transmitClaim: Pick<TransmitClaim, 'execute'>;
  chaseDecidingAuthority: Pick<ChaseDecidingAuthority, 'execute'>;
}

/** The activities the journey workflows call on the compensation task queue; plain functions over the use cases. */
export function createCompensationActivities({ transmitClaim, chaseDecidingAuthority }: CompensationActivityDependencies): CompensationActivities {
  return {
    transmitClaim: (command) => failForGoodOnClaimErrors(() => transmitClaim.execute(validActivityCommand(ClaimCommandInput, command))),
    chaseDecidingAuthority: (command) =>
      failForGoodOnClaimErrors(() => {
        const input = validActivityCommand(ChaseCommandInput, command);
        return chaseDecidingAuthority.execute({ ...input, chaseKey: input.chaseKey ?? currentActivityKey() ?? randomUUID() });
      }),
  };
}

/** An unknown claim, a national claim, or a step the claim's status refuses: no retry can mend these. */
async function failForGoodOnClaimErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ClaimNotFoundError || error instanceof InvalidClaimRequestError || error instanceof ClaimTransitionError) {
      throw ApplicationFailure.nonRetryable(error.message, error.name);
    }
    throw error;
  }
}

/** Inside Temporal, the same for every attempt of one activity call: a retried chase is recorded once. */
function currentActivityKey(): string | undefined {
  try {
    const { workflowExecution, activityId } = Context.current().info;
    return workflowExecution && `${workflowExecution.workflowId}/${workflowExecution.runId}/${activityId}`;
  } catch {
    return undefined;
  }
}
