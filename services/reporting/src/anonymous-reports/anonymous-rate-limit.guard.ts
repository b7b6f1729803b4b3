import { CanActivate, ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ReportingConfig } from '../reporting-config';
import { FixedWindowRateLimiter } from './rate-limiter';

/**
 * Limits the public anonymous-report routes per client, answering 429 with Retry-After. The
 * client is the connection's address (`request.ip`: behind a reverse proxy, the one Express is
 * told to trust); it is used for this count only, in memory, and never logged or stored.
 */
@Injectable()
export class AnonymousRateLimitGuard implements CanActivate {
  private readonly limiter: FixedWindowRateLimiter;

  constructor(config: ReportingConfig) {
    this.limiter = new FixedWindowRateLimiter(config.REPORTING_ANONYMOUS_LIMIT ?? 10, (config.REPORTING_ANONYMOUS_WINDOW_SECONDS ?? 600) * 1000);
  }

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const decision = this.limiter.hit(http.getRequest<Request>().ip ?? 'unknown');
    if (decision.allowed) return true;
    http.getResponse<Response>().setHeader('Retry-After', String(decision.retryAfterSeconds));
    throw new HttpException(`too many requests; try again in ${decision.retryAfterSeconds} seconds`, HttpStatus.TOO_MANY_REQUESTS);
  }
}
