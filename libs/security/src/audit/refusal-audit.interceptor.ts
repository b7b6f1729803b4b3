import { CallHandler, ExecutionContext, ForbiddenException, Injectable, NestInterceptor, Optional, UnauthorizedException } from '@nestjs/common';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { AuthenticatedRequest } from '../http/authenticated-request';
import { AuditLog } from './audit-log';
import { recordRefusal } from './record-refusal';

/**
 * Records the 401 and 403 a handler raises (another organisation's resource, the immigration
 * firewall); the access guard records its own, before any interceptor runs.
 */
@Injectable()
export class RefusalAuditInterceptor implements NestInterceptor {
  constructor(@Optional() private readonly audit?: AuditLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.audit || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return next.handle().pipe(
      catchError((error: unknown) => {
        const status = error instanceof UnauthorizedException ? 401 : error instanceof ForbiddenException ? 403 : undefined;
        if (!status) return throwError(() => error);
        return from(recordRefusal(this.audit, request, status)).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }
}
