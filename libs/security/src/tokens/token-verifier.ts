import { decode, JsonWebTokenError, JwtPayload, NotBeforeError, TokenExpiredError, verify } from 'jsonwebtoken';
import { Principal } from '../principal';
import { InvalidTokenError } from './invalid-token.error';
import { JwtSettings } from './jwt-settings';
import { principalFromClaims } from './principal-claims';

/** Small allowance for clocks that differ between the identity provider and Harbour. */
const CLOCK_TOLERANCE_SECONDS = 5;

/** Verifies signature, algorithm, issuer, audience and expiry, then reads the principal. */
export class TokenVerifier {
  constructor(private readonly settings: JwtSettings) {}

  verify(token: string): Principal {
    const { algorithm, verificationKey, issuer, audience } = this.settings;
    let claims: JwtPayload | string;
    try {
      claims = verify(token, verificationKey, {
        algorithms: [algorithm],
        issuer,
        audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
    } catch (error) {
      throw new InvalidTokenError(this.describe(error, token));
    }
    if (typeof claims === 'string') throw new InvalidTokenError('token payload must be a JSON object');
    if (typeof claims.exp !== 'number') throw new InvalidTokenError('token has no expiry (exp)');
    return principalFromClaims(claims);
  }

  private describe(error: unknown, token: string): string {
    if (error instanceof TokenExpiredError) return `token expired at ${error.expiredAt.toISOString()}`;
    if (error instanceof NotBeforeError) return `token is not valid before ${error.date.toISOString()}`;
    if (!(error instanceof JsonWebTokenError)) return 'token could not be verified';
    const { message } = error;
    if (message === 'invalid algorithm') {
      const header = decode(token, { complete: true })?.header;
      return `token algorithm ${header?.alg ?? 'unknown'} is not accepted; expected ${this.settings.algorithm}`;
    }
    if (message === 'jwt malformed') return 'token is malformed: expected three base64url parts';
    if (message === 'jwt signature is required') return 'token is not signed';
    if (message === 'invalid signature') return 'token signature is invalid';
    if (message.startsWith('jwt issuer invalid')) return `token issuer is not trusted; expected '${this.settings.issuer}'`;
    if (message.startsWith('jwt audience invalid')) return `token audience is not accepted; expected '${this.settings.audience}'`;
    return `token is invalid: ${message}`;
  }
}
