import { COUNTRY_CODE, ORGANISATION_ID, Principal } from '../principal';
import { HarbourRoles, isRole, OrganisationBoundRoles } from '../roles';
import { InvalidTokenError } from './invalid-token.error';

/** The claims Harbour reads besides the registered ones (iss, aud, exp, iat). */
export interface HarbourClaims {
  sub?: unknown;
  roles?: unknown;
  org?: unknown;
  country?: unknown;
}

const MAX_SUBJECT_LENGTH = 256;

/**
 * Turns verified claims into a principal. Roles Harbour does not know are ignored, so tokens
 * from an identity provider that also carries other applications' roles stay usable.
 */
export function principalFromClaims(claims: HarbourClaims): Principal {
  const { sub, roles, org, country } = claims;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > MAX_SUBJECT_LENGTH) {
    throw new InvalidTokenError(`token subject (sub) must be a string of 1 to ${MAX_SUBJECT_LENGTH} characters`);
  }
  if (!Array.isArray(roles)) throw new InvalidTokenError('token has no roles claim (an array of Harbour roles)');
  const known = [...new Set(roles.filter(isRole))];
  if (known.length === 0) {
    throw new InvalidTokenError(`token carries no Harbour role; expected one of: ${HarbourRoles.join(', ')}`);
  }
  if (org !== undefined && (typeof org !== 'string' || !ORGANISATION_ID.test(org))) {
    throw new InvalidTokenError('token organisation (org) must be an organisation id such as "be-payoke"');
  }
  if (country !== undefined && (typeof country !== 'string' || !COUNTRY_CODE.test(country))) {
    throw new InvalidTokenError('token country must be an ISO 3166-1 alpha-2 code such as "BE"');
  }
  const bound = known.find((role) => OrganisationBoundRoles.includes(role));
  if (bound && org === undefined) {
    throw new InvalidTokenError(`a token with role ${bound} must name its organisation (org)`);
  }
  return {
    subject: sub,
    roles: known,
    ...(org === undefined ? {} : { organisationId: org }),
    ...(country === undefined ? {} : { country }),
  };
}

export function claimsFromPrincipal(principal: Principal): HarbourClaims {
  return {
    sub: principal.subject,
    roles: principal.roles,
    ...(principal.organisationId === undefined ? {} : { org: principal.organisationId }),
    ...(principal.country === undefined ? {} : { country: principal.country }),
  };
}
