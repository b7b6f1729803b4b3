import { ForbiddenException } from '@nestjs/common';
import { Principal } from '@harbour/security';

/** The country an analyst oversees, from their token; an analyst whose token names none sees nothing. */
export function analystCountry(principal: Principal): string {
  if (!principal.country) throw new ForbiddenException('an operations analyst token must name its country (country claim)');
  return principal.country;
}
