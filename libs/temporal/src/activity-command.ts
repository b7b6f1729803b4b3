import { ApplicationFailure } from '@temporalio/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

/**
 * Checks a command from a workflow against its class-validator class before the activity acts.
 * A malformed command fails for good: a retry would send the same one again.
 */
export function validActivityCommand<T extends object>(type: new () => T, command: unknown): T {
  const instance = plainToInstance(type, command);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length === 0) return instance;
  const reasons = errors.flatMap((error) => Object.values(error.constraints ?? {}));
  throw ApplicationFailure.nonRetryable(`invalid ${type.name}: ${reasons.join('; ')}`, 'InvalidCommand');
}
