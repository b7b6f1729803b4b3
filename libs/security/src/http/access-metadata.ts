import { SetMetadata } from '@nestjs/common';
import { Role } from '../roles';

export const PUBLIC_ROUTE = 'harbour:public-route';
export const REQUIRED_ROLES = 'harbour:required-roles';

/** Opens a route to callers without a token: health, the OpenAPI document, and what victims reach without an account (anonymous reporting). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** Lets a route be called only by principals holding at least one of these roles. */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLES, roles);
