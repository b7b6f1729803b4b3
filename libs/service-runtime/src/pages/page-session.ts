import type { Principal, TokenVerifier } from '@harbour/security';
import type { Request } from 'express';

/**
 * A page's sign-in: the bearer token a browser cannot send as a header travels in an HttpOnly,
 * SameSite=Strict cookie sent only to the pages' own path, and is verified on every page
 * exactly as the API verifies it.
 */
export class PageSession {
  constructor(
    readonly cookieName: string,
    private readonly path: string,
  ) {}

  cookie(token: string): string {
    return `${this.cookieName}=${encodeURIComponent(token)}; Path=${this.path}; HttpOnly; SameSite=Strict; Max-Age=3600`;
  }

  token(request: Request): string | undefined {
    for (const part of (request.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === this.cookieName) return decodeURIComponent(value.join('='));
    }
    return undefined;
  }
}

/** The principal a page's token names, when it verifies and `accepts` it; undefined for anything else. */
export async function signedInAs<P extends Principal>(verifier: TokenVerifier, token: string | undefined, accepts: (principal: Principal) => principal is P): Promise<P | undefined> {
  if (!token) return undefined;
  try {
    const principal = await verifier.verify(token);
    return accepts(principal) ? principal : undefined;
  } catch {
    return undefined;
  }
}
