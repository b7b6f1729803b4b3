import { InvalidTokenError } from '../tokens/invalid-token.error';

/** Reads the token from `Authorization: Bearer <token>` (RFC 6750). */
export function bearerToken(authorization: string | undefined): string {
  if (!authorization) throw new InvalidTokenError('missing bearer token: send Authorization: Bearer <token>');
  const [scheme, token, ...rest] = authorization.trim().split(/\s+/);
  if (scheme.toLowerCase() !== 'bearer') throw new InvalidTokenError('Authorization header must use the Bearer scheme');
  if (!token || rest.length > 0) throw new InvalidTokenError('Authorization header must be "Bearer <token>"');
  return token;
}
