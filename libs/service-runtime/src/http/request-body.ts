import type { NextFunction, Request, Response } from 'express';

/** Largest JSON body a service accepts. Harbour's requests are small forms, never files. */
export const JSON_BODY_LIMIT_BYTES = 64 * 1024;

/** What body-parser attaches to the errors it raises. */
interface BodyParserError extends Error {
  type?: string;
  status?: number;
  length?: number;
}

/**
 * Answers body-parser's errors with a precise message before they reach Nest, which would
 * log them with a stack trace and, for malformed JSON, echo a fragment of the body.
 */
export function answerRequestBodyErrors(error: BodyParserError, _request: Request, response: Response, next: NextFunction): void {
  const problem = describeBodyError(error);
  if (!problem) return next(error);
  response.status(problem.statusCode).json(problem);
}

function describeBodyError(error: BodyParserError): { statusCode: number; error: string; message: string } | undefined {
  switch (error.type) {
    case 'entity.too.large': {
      const size = error.length ? `request body is ${error.length} bytes` : 'request body is too large';
      return { statusCode: 413, error: 'Payload Too Large', message: `${size}; the limit is ${JSON_BODY_LIMIT_BYTES} bytes (64 kB)` };
    }
    case 'entity.parse.failed':
      return { statusCode: 400, error: 'Bad Request', message: `request body is not valid JSON: ${syntaxProblem(error.message)}` };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { statusCode: 415, error: 'Unsupported Media Type', message: 'request body must be JSON encoded as UTF-8' };
    case 'request.aborted':
    case 'request.size.invalid':
      return { statusCode: 400, error: 'Bad Request', message: 'request body was incomplete' };
    default:
      return undefined;
  }
}

/** The parser's reason without the fragment of the body it quotes ("Unexpected token 'M', "...Maria..." is not valid JSON"). */
function syntaxProblem(message: string): string {
  const reason = message.split(/, (?:\.\.\.)?"/)[0].replace(' in JSON', '');
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

/** Deepest nesting of arrays and objects a body may have; Harbour's forms need a handful. */
export const JSON_BODY_MAX_DEPTH = 32;

/**
 * Refuses a body nested deeper than JSON_BODY_MAX_DEPTH with 400 before validation, which walks
 * bodies recursively and would overflow its stack (a 500) on one nested thousands deep.
 */
export function refuseDeeplyNestedBodies(request: Request, response: Response, next: NextFunction): void {
  if (depthExceeds(request.body, JSON_BODY_MAX_DEPTH)) {
    response.status(400).json({ statusCode: 400, error: 'Bad Request', message: `request body is nested deeper than ${JSON_BODY_MAX_DEPTH} levels` });
    return;
  }
  next();
}

/** Walks without recursion, so the check itself cannot overflow the stack. */
function depthExceeds(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}
