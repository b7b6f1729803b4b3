import { ForbiddenException } from '@nestjs/common';
import { Principal } from '../principal';

/** A support organisation sees only what was handed to it (ARCHITECTURE.md §6). */
export function assertSameOrganisation(principal: Principal, organisationId: string): void {
  if (principal.organisationId !== organisationId) {
    throw new ForbiddenException('this resource belongs to another organisation');
  }
}
