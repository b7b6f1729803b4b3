import { Principal, TokenVerifier } from '@harbour/security';
import { PageSession } from '@harbour/service-runtime';

/** The console's sign-in: the analyst's token in a cookie sent only to the console, never readable by a script. */
export const CONSOLE_SESSION = new PageSession('harbour_console', '/console');

/** The analyst a token names, when it is valid and gives the role and a country; undefined otherwise. */
export async function analystOf(verifier: TokenVerifier, token: string | undefined): Promise<(Principal & { country: string }) | undefined> {
  if (!token) return undefined;
  try {
    const principal = await verifier.verify(token);
    return principal.roles.includes('operations-analyst') && principal.country ? { ...principal, country: principal.country } : undefined;
  } catch {
    return undefined;
  }
}
