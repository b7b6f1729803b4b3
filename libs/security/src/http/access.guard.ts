import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Optional, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { Principal } from '../principal';
import { Role } from '../roles';
import { InvalidTokenError } from '../tokens/invalid-token.error';
import { TokenVerifier } from '../tokens/token-verifier';
import { AuditLog } from '../audit/audit-log';
import { recordRefusal } from '../audit/record-refusal';
import { JourneyAccess } from '../participation/journey-access';
import { JOURNEY_SCOPE, JourneyScope } from '../participation/journey-scoped.decorator';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './access-metadata';
import { AuthenticatedRequest } from './authenticated-request';
import { bearerToken } from './bearer-token';

/**
 * Installed globally: every route needs a valid token unless marked @Public(), and a route
 * marked @Roles(...) needs one of those roles. 401 says what is wrong with the token, 403
 * which roles the route needs. A route marked @JourneyScoped() needs the caller to take part
 * in the journey, checked before the roles: 404 otherwise, as for a missing journey. Every
 * 401 and 403 is written to the service's audit log, when it has one. Tokens are never logged.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Optional() private readonly journeys?: JourneyAccess,
    @Optional() private readonly audit?: AuditLog,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const response = http.getResponse<Response>();
    request.principal = await this.authenticate(request, response);
    // What an authenticated caller reads may be a victim's personal data: no cache keeps it.
    response.setHeader('Cache-Control', 'no-store');
    // Participation first: to a caller outside the journey it does not exist, whatever their roles.
    const scope = this.reflector.get<JourneyScope | undefined>(JOURNEY_SCOPE, context.getHandler());
    if (scope) {
      if (!this.journeys) throw new Error('a journey-scoped route needs ParticipationModule in its service');
      await this.journeys.check(request.principal, scope, request);
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !required.some((role) => request.principal?.roles.includes(role))) {
      await recordRefusal(this.audit, request, 403);
      throw new ForbiddenException(`this action needs one of the roles: ${required.join(', ')}`);
    }
    return true;
  }

  private async authenticate(request: AuthenticatedRequest, response: Response): Promise<Principal> {
    try {
      return await this.verifier.verify(bearerToken(request.headers.authorization));
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      await recordRefusal(this.audit, request, 401);
      response.setHeader('WWW-Authenticate', `Bearer error="invalid_token", error_description="${error.message.replace(/"/g, "'")}"`);
      throw new UnauthorizedException(error.message);
    }
  }
}
