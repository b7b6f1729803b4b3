import { Principal, TokenVerifier } from '@harbour/security';
import type { Request } from 'express';

/** The cookie that holds the analyst's token: sent only to the console, never readable by a script. */
export const SESSION_COOKIE = 'harbour_console';

export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/console; HttpOnly; SameSite=Strict; Max-Age=3600`;
}

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

export function sessionToken(request: Request): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
