import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { Principal } from '../principal';
import { AuthenticatedRequest } from './authenticated-request';

/** The caller established by the access guard. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  // Only a @Public() route can get here without one, and it has no caller to hand over.
  if (!principal) throw new UnauthorizedException('this route needs an authenticated caller');
  return principal;
});
