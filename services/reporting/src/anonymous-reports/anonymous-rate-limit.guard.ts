import { CanActivate, ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Request, Response } from 'express';
import { Connection } from 'mongoose';
import { ReportingConfig } from '../reporting-config';
import { SharedRateLimiter } from './rate-limiter';

/**
 * Limits the public anonymous-report routes per client, answering 429 with Retry-After. The
 * client is `request.ip`: the connection's address, or behind the reverse proxies named in
 * HARBOUR_TRUSTED_PROXIES the nearest address their X-Forwarded-For gives. It is used for this
 * count only, as a keyed hash, and never logged or stored.
 */
@Injectable()
export class AnonymousRateLimitGuard implements CanActivate {
  private readonly limiter: SharedRateLimiter;

  constructor(config: ReportingConfig, @InjectConnection() connection: Connection) {
    this.limiter = new SharedRateLimiter(connection, config.REPORTING_ANONYMOUS_LIMIT ?? 10, (config.REPORTING_ANONYMOUS_WINDOW_SECONDS ?? 600) * 1000);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const decision = await this.limiter.hit(http.getRequest<Request>().ip ?? 'unknown');
    if (decision.allowed) return true;
    http.getResponse<Response>().setHeader('Retry-After', String(decision.retryAfterSeconds));
    throw new HttpException(`too many requests; try again in ${decision.retryAfterSeconds} seconds`, HttpStatus.TOO_MANY_REQUESTS);
  }
}
