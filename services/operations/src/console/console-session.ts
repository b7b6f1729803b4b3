import { Principal, TokenVerifier } from '@harbour/security';
import { PageSession, signedInAs } from '@harbour/service-runtime';

/** The console's sign-in: the analyst's token in a cookie sent only to the console, never readable by a script. */
export const CONSOLE_SESSION = new PageSession('harbour_console', '/console');

/** An analyst, when the token is valid, gives the role and names a country; undefined otherwise. */
export const analystOf = (verifier: TokenVerifier, token: string | undefined) =>
  signedInAs(verifier, token, (principal): principal is Principal & { country: string } => principal.roles.includes('operations-analyst') && principal.country !== undefined);
