import { ApplicationFailure } from '@temporalio/common';
import { plainToInstance } from 'class-transformer';
import { IsIn, IsUUID, validateSync } from 'class-validator';
import { DecisionTaskKind, DecisionTaskKinds, IdentificationActivities, OpenDecisionTaskCommand } from '@harbour/contracts';
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

function validCommand<T extends object>(type: new () => T, command: unknown): T {
  const instance = plainToInstance(type, command);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length === 0) return instance;
  const reasons = errors.flatMap((error) => Object.values(error.constraints ?? {}));
  throw ApplicationFailure.nonRetryable(`invalid ${type.name}: ${reasons.join('; ')}`, 'InvalidCommand');
}

export interface IdentificationActivityDependencies {
  openDecisionTask: Pick<OpenDecisionTask, 'execute'>;
}

/** The activities the journey workflows call on the identification task queue; plain functions over the use cases. */
export function createIdentificationActivities({ openDecisionTask }: IdentificationActivityDependencies): IdentificationActivities {
  return {
    openDecisionTask: async (command) => {
      try {
        return await openDecisionTask.execute(validCommand(OpenDecisionTaskInput, command));
      } catch (error) {
        // No retry makes an unknown referral appear, or a closed one await a decision.
        if (error instanceof RecordNotFoundError || error instanceof StepNotAllowedError) throw ApplicationFailure.nonRetryable(error.message, error.name);
        throw error;
      }
    },
  };
}
