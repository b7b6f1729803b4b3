import { exportJWK, generateKeyPair, JWK, KeyLike, SignJWT } from 'jose';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidTokenError, JwtSettings, TokenVerifier } from '../src';

const now = () => Math.floor(Date.now() / 1000);
const remote = { issuer: 'https://id.example.eu/realms/harbour', audience: 'harbour-api' };
const ministry = { issuer: 'https://login.justice.example.be', audience: 'harbour-justice' };

interface SigningKey {
  privateKey: KeyLike;
  jwk: JWK;
}

async function signingKey(alg: 'RS256' | 'ES256', kid: string): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair(alg);
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg } };
}

function sign(key: SigningKey, claims: Record<string, unknown>, { issuer, audience }: { issuer: string; audience: string }): Promise<string> {
  return new SignJWT({ sub: 'alice', roles: ['first-responder'], ...claims })
    .setProtectedHeader({ alg: key.jwk.alg as string, kid: key.jwk.kid })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt((claims.iat as number | undefined) ?? now())
    .setExpirationTime((claims.exp as number | undefined) ?? now() + 600)
    .sign(key.privateKey);
}

/** A token with any header, its signature made of the given bytes: what an attacker can write. */
function handMade(header: object, claims: object, signature = ''): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part(header)}.${part(claims)}.${signature}`;
}

async function refusal(verifier: TokenVerifier, token: string): Promise<string> {
  const error = await verifier.verify(token).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (error === undefined) throw new Error('token was accepted');
  expect(error).toBeInstanceOf(InvalidTokenError);
  return (error as Error).message;
}

describe(TokenVerifier.name, () => {
  let server: Server;
  let served: JWK[] = [];
  let fetches = 0;
  let rsa: SigningKey;
  let ec: SigningKey;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    [rsa, ec] = await Promise.all([signingKey('RS256', 'rsa-2026'), signingKey('ES256', 'ministry-1')]);
    server = createServer((_, response) => {
      fetches += 1;
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ keys: served }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    served = [rsa.jwk];
    const file = join(mkdtempSync(join(tmpdir(), 'harbour-jwks-')), 'ministry.jwks.json');
    writeFileSync(file, JSON.stringify({ keys: [ec.jwk] }));
    const settings: JwtSettings = {
      issuers: [
        { ...remote, jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`, algorithms: ['RS256'] },
        { ...ministry, jwksFile: file, algorithms: ['ES256'] },
      ],
      maxLifetimeSeconds: 3600,
      clockToleranceSeconds: 5,
      jwksCooldownMs: 0,
    };
    verifier = new TokenVerifier(settings);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('reads the principal from tokens of each configured issuer, against its own key set', async () => {
    await expect(verifier.verify(await sign(rsa, { roles: ['support-case-worker'], org: 'be-payoke' }, remote))).resolves.toEqual({
      subject: 'alice',
      roles: ['support-case-worker'],
      organisationId: 'be-payoke',
    });
    await expect(verifier.verify(await sign(ec, { roles: ['service'] }, ministry))).resolves.toMatchObject({ roles: ['service'] });
  });

  it("refuses one issuer's token with another issuer's audience", async () => {
    expect(await refusal(verifier, await sign(rsa, {}, { ...remote, audience: ministry.audience }))).toBe("token audience is not accepted; expected 'harbour-api'");
  });

  it('refuses a token from an issuer it does not know, naming those it trusts', async () => {
    expect(await refusal(verifier, await sign(rsa, {}, { ...remote, issuer: 'https://evil.example' }))).toBe(
      "token issuer is not trusted; expected one of: 'https://id.example.eu/realms/harbour', 'https://login.justice.example.be'",
    );
  });

  it('fetches the key set again when a token names a key it has not seen (rotation)', async () => {
    await verifier.verify(await sign(rsa, {}, remote));
    const rotated = await signingKey('RS256', 'rsa-2027');
    served = [rsa.jwk, rotated.jwk];
    const before = fetches;
    await expect(verifier.verify(await sign(rotated, {}, remote))).resolves.toMatchObject({ subject: 'alice' });
    expect(fetches).toBe(before + 1);
    served = [rotated.jwk];
    await verifier.verify(await sign(rotated, {}, remote));
    expect(fetches).toBe(before + 1);
    served = [rsa.jwk];
  });

  it('refuses a token signed by a key that is not in the issuer key set, under a known or an unknown kid', async () => {
    const foreign = await signingKey('RS256', 'rsa-2026');
    expect(await refusal(verifier, await sign(foreign, {}, remote))).toBe('token signature is invalid');
    const stranger = await signingKey('RS256', 'not-published');
    expect(await refusal(verifier, await sign(stranger, {}, remote))).toBe("token key is not in the key set of 'https://id.example.eu/realms/harbour'");
  });

  it('refuses an unsigned token (alg none)', async () => {
    const claims = { ...remote, iss: remote.issuer, aud: remote.audience, sub: 'alice', roles: ['auditor'], iat: now(), exp: now() + 60 };
    expect(await refusal(verifier, handMade({ alg: 'none' }, claims))).toBe('token is not signed');
  });

  it('refuses an HS256 token forged with the public key as its secret, and an algorithm the issuer does not use', async () => {
    const publicJwk = new TextEncoder().encode(JSON.stringify(rsa.jwk));
    const forged = await new SignJWT({ sub: 'alice', roles: ['auditor'] })
      .setProtectedHeader({ alg: 'HS256', kid: 'rsa-2026' })
      .setIssuer(remote.issuer)
      .setAudience(remote.audience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(publicJwk);
    expect(await refusal(verifier, forged)).toBe('token algorithm HS256 is not accepted; expected RS256');
    const es = await signingKey('ES256', 'rsa-2026');
    expect(await refusal(verifier, await sign(es, {}, remote))).toBe('token algorithm ES256 is not accepted; expected RS256');
  });

  it('refuses an expired token and says when it expired; accepts one within the clock tolerance', async () => {
    expect(await refusal(verifier, await sign(rsa, { iat: 1767261600, exp: 1767261660 }, remote))).toBe('token expired at 2026-01-01T10:01:00.000Z');
    await expect(verifier.verify(await sign(rsa, { iat: now() - 62, exp: now() - 2 }, remote))).resolves.toMatchObject({ subject: 'alice' });
  });

  it('refuses a token that lives longer than the maximum lifetime, or is issued in the future', async () => {
    expect(await refusal(verifier, await sign(rsa, { exp: now() + 7200 }, remote))).toMatch(/^token lifetime 720\d s exceeds the maximum of 3600 s$/);
    expect(await refusal(verifier, await sign(rsa, { iat: now() + 600, exp: now() + 900 }, remote))).toMatch(/^token is issued in the future/);
  });

  it('refuses a token with a forged payload', async () => {
    const [header, , signature] = (await sign(rsa, { roles: ['first-responder'] }, remote)).split('.');
    const claims = { iss: remote.issuer, aud: remote.audience, sub: 'alice', roles: ['auditor'], iat: now(), exp: now() + 60 };
    expect(await refusal(verifier, `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`)).toBe('token signature is invalid');
  });

  it('refuses what is not a token, and an oversize token before reading it', async () => {
    expect(await refusal(verifier, 'not-a-token')).toBe('token is malformed: expected three base64url parts holding a JSON header and claims');
    expect(await refusal(verifier, await sign(rsa, { padding: 'x'.repeat(9000) }, remote))).toBe('token is longer than 8192 characters');
  });

  it('refuses a token that carries no Harbour role, ignoring roles of other applications', async () => {
    expect(await refusal(verifier, await sign(rsa, { roles: ['offline_access'] }, remote))).toMatch(/^token carries no Harbour role/);
    await expect(verifier.verify(await sign(rsa, { roles: ['offline_access', 'auditor'] }, remote))).resolves.toMatchObject({ roles: ['auditor'] });
  });

  it('refuses a support case worker token that does not name its organisation, and a country that is no code', async () => {
    expect(await refusal(verifier, await sign(rsa, { roles: ['support-case-worker'] }, remote))).toBe('a token with role support-case-worker must name its organisation (org)');
    await expect(verifier.verify(await sign(rsa, { roles: ['operations-analyst'], country: 'BE' }, remote))).resolves.toEqual({
      subject: 'alice',
      roles: ['operations-analyst'],
      country: 'BE',
    });
    expect(await refusal(verifier, await sign(rsa, { roles: ['operations-analyst'], country: 'Belgium' }, remote))).toBe(
      'token country must be an ISO 3166-1 alpha-2 code such as "BE"',
    );
  });
});
