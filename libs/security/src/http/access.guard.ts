import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { Principal } from '../principal';
import { Role } from '../roles';
import { InvalidTokenError } from '../tokens/invalid-token.error';
import { TokenVerifier } from '../tokens/token-verifier';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './access-metadata';
import { AuthenticatedRequest } from './authenticated-request';
import { bearerToken } from './bearer-token';

/**
 * Installed globally: every route needs a valid token unless marked @Public(), and a route
 * marked @Roles(...) needs one of those roles. 401 says what is wrong with the token, 403
 * which roles the route needs. Tokens are never logged.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    request.principal = this.authenticate(request, http.getResponse<Response>());
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !required.some((role) => request.principal?.roles.includes(role))) {
      throw new ForbiddenException(`this action needs one of the roles: ${required.join(', ')}`);
    }
    return true;
  }

  private authenticate(request: AuthenticatedRequest, response: Response): Principal {
    try {
      return this.verifier.verify(bearerToken(request.headers.authorization));
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      response.setHeader('WWW-Authenticate', `Bearer error="invalid_token", error_description="${error.message.replace(/"/g, "'")}"`);
      throw new UnauthorizedException(error.message);
    }
  }
}
