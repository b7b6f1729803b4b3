import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

/** The optional Idempotency-Key header of a creating request, refused precisely when malformed. */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const key = context.switchToHttp().getRequest<Request>().headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) throw new BadRequestException('Idempotency-Key must be 8 to 128 letters, digits, "-" or "_"');
  return key;
});

/** Documents the header on a creating route; `what` is what a retry with the same key gets back. */
export const ApiIdempotencyKey = (what: string) =>
  ApiHeader({ name: 'Idempotency-Key', required: false, description: `Retry-safe key: the same key returns ${what} the first request created` });

/** Marks an answer that replays the first request's record. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
