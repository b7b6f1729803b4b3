import { ValidationPipe } from '@nestjs/common';

/**
 * Every DTO is checked at the boundary: unknown fields are refused rather than dropped, and the
 * 400 lists each wrong field with the reason (e.g. "country must be a valid ISO31661 Alpha2 code").
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
  });
}
