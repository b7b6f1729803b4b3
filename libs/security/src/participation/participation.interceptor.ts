import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, Observable, switchMap } from 'rxjs';
import { JourneyAccess, RequestWithJourney } from './journey-access';
import { JOURNEY_SCOPE, JourneyScope } from './journey-scoped.decorator';

/** After a door route succeeded, records that the caller's organisation takes part in the journey. */
@Injectable()
export class ParticipationInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: JourneyAccess,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const scope = this.reflector.get<JourneyScope | undefined>(JOURNEY_SCOPE, context.getHandler());
    const request = context.switchToHttp().getRequest<RequestWithJourney>();
    const principal = request.principal;
    if (!scope?.joins || !principal) return next.handle();
    return next.handle().pipe(switchMap((answer) => from(this.access.joinAfter(principal, scope, request, answer).then(() => answer))));
  }
}
