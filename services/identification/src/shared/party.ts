import { Principal } from '@harbour/security';

/** Who a record belongs to: the caller's organisation, or the caller alone when the token names none. */
export function partyOf(principal: Principal): string {
  return principal.organisationId ?? principal.subject;
}
