import { ApplicationFailure } from '@temporalio/common';
import { IsIn, IsUUID } from 'class-validator';
import { DecisionTaskKind, DecisionTaskKinds, IdentificationActivities, OpenDecisionTaskCommand } from '@harbour/contracts';
import { validActivityCommand } from '@harbour/temporal';
import { OpenDecisionTask } from '../nrm-referrals/open-decision-task';
import { RecordNotFoundError, StepNotAllowedError } from '../shared/identification-errors';

export class OpenDecisionTaskInput implements OpenDecisionTaskCommand {
  @IsUUID()
  journeyId: string;

  @IsUUID()
  nrmReferralId: string;

  @IsIn(DecisionTaskKinds)
  kind: DecisionTaskKind;
}

export interface IdentificationActivityDependencies {
  openDecisionTask: Pick<OpenDecisionTask, 'execute'>;
}

/** The activities the journey workflows call on the identification task queue; plain functions over the use cases. */
export function createIdentificationActivities({ openDecisionTask }: IdentificationActivityDependencies): IdentificationActivities {
  return {
    openDecisionTask: async (command) => {
      try {
        return await openDecisionTask.execute(validActivityCommand(OpenDecisionTaskInput, command));
      } catch (error) {
        // No retry makes an unknown referral appear, or a closed one await a decision.
        if (error instanceof RecordNotFoundError || error instanceof StepNotAllowedError) throw ApplicationFailure.nonRetryable(error.message, error.name);
        throw error;
      }
    },
  };
}
