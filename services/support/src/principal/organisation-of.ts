import { ForbiddenException } from '@nestjs/common';
import { Principal } from '@harbour/security';

/** The organisation a support case worker acts for: every record they reach is scoped by it. */
export function organisationOf(principal: Principal): string {
  if (!principal.organisationId) throw new ForbiddenException('this action needs a token that names its organisation');
  return principal.organisationId;
}
