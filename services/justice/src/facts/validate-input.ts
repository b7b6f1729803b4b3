import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { Validated } from '@harbour/contracts';

/**
 * Validates input from outside HTTP (Kafka, files, workflows) with the same DTO and the same
 * rules as the HTTP validation pipe: unknown fields refused, every reason named.
 */
export function validateInput<T extends object>(type: new () => T, input: unknown): Validated<T> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, reason: 'must be a JSON object' };
  const instance = plainToInstance(type, input);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  return errors.length === 0 ? { ok: true, value: instance } : { ok: false, reason: reasonsOf(errors).join('; ') };
}

function reasonsOf(errors: ValidationError[], path = ''): string[] {
  return errors.flatMap((error) => {
    const at = path ? `${path}.` : '';
    const own = Object.values(error.constraints ?? {}).map((message) => `${at}${message}`);
    return [...own, ...reasonsOf(error.children ?? [], `${at}${error.property}`)];
  });
}
