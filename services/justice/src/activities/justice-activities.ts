import { ApplicationFailure } from '@temporalio/common';
import { IsUUID } from 'class-validator';
import { JusticeActivities, NotifyProsecutionOfNonPunishmentCommand } from '@harbour/contracts';
import { validateInput } from '../facts/validate-input';
import { FlagOfAnotherJourneyError, NotifyProsecution } from '../non-punishment/notify-prosecution';

export class NotifyProsecutionInput implements NotifyProsecutionOfNonPunishmentCommand {
  @IsUUID()
  journeyId: string;

  @IsUUID()
  flagId: string;
}

/** The journey's own activities act for nobody else: this names them in the records. */
export const JOURNEY_ACTOR = 'journey';

export interface JusticeActivityDependencies {
  notifyProsecution: Pick<NotifyProsecution, 'execute'>;
}

/** The activities the journey workflows call on the justice task queue; plain functions over the use cases. */
export function createJusticeActivities({ notifyProsecution }: JusticeActivityDependencies): JusticeActivities {
  return {
    notifyProsecutionOfNonPunishment: async (command) => {
      const input = validateInput(NotifyProsecutionInput, command);
      // A malformed command or a flag of another journey fails for good: a retry would send the same.
      if (!input.ok) throw ApplicationFailure.nonRetryable(`invalid NotifyProsecutionOfNonPunishmentCommand: ${input.reason}`, 'InvalidCommand');
      try {
        return await notifyProsecution.execute(input.value, JOURNEY_ACTOR);
      } catch (error) {
        if (error instanceof FlagOfAnotherJourneyError) throw ApplicationFailure.nonRetryable(error.message, 'FlagOfAnotherJourney');
        throw error;
      }
    },
  };
}
