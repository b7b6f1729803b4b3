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
