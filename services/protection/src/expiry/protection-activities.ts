import { ApplicationFailure } from '@temporalio/common';
import { IsISO8601, IsUUID } from 'class-validator';
import { ExpireOrderCommand, ProtectionActivities, RemindOrderRenewalCommand } from '@harbour/contracts';
import { validActivityCommand } from '@harbour/temporal';
import { MeasureNotFoundError } from '../measures/measure-errors';
import { ExpireOrder } from './expire-order';
import { RemindOrderRenewal } from './remind-order-renewal';

class ExpireOrderInput implements ExpireOrderCommand {
  @IsUUID()
  journeyId: string;

  @IsUUID()
  orderId: string;

  @IsISO8601({ strict: true })
  at: string;
}

class RemindOrderRenewalInput implements RemindOrderRenewalCommand {
  @IsUUID()
  journeyId: string;

  @IsUUID()
  orderId: string;

  @IsISO8601({ strict: true })
  dueAt: string;
}

export interface ProtectionActivityDependencies {
  expireOrder: Pick<ExpireOrder, 'execute'>;
  remindOrderRenewal: Pick<RemindOrderRenewal, 'execute'>;
}

/** The activities the journey calls on the protection task queue; plain functions over the use cases. */
export function createProtectionActivities({ expireOrder, remindOrderRenewal }: ProtectionActivityDependencies): ProtectionActivities {
  return {
    expireOrder: (command) => unknownOrderFailsForGood(async () => void (await expireOrder.execute(validActivityCommand(ExpireOrderInput, command)))),
    remindOrderRenewal: (command) => unknownOrderFailsForGood(async () => void (await remindOrderRenewal.execute(validActivityCommand(RemindOrderRenewalInput, command)))),
  };
}

/** No retry makes an unknown order appear: fail for good. Anything else (a concurrent change, the database) is retried. */
async function unknownOrderFailsForGood(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof MeasureNotFoundError) throw ApplicationFailure.nonRetryable(error.message, error.name);
    throw error;
  }
}
