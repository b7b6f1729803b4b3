import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 28 symbols of 5 bits: 140 bits of entropy, written as seven groups of four. */
const SYMBOLS = 28;
const GROUP = 4;

/** scrypt cost: about 16 MB and tens of milliseconds per check, per code and its own salt. */
const SCRYPT = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const HASH_BYTES = 32;

/** A new receipt code, e.g. `7Q2M-XK9D-…`; shown once to the reporter and never stored. */
export function newReceiptCode(): string {
  // 256 is a multiple of 32: masking each random byte to 5 bits keeps every symbol equally likely.
  const symbols = [...randomBytes(SYMBOLS)].map((byte) => ALPHABET[byte & 31]).join('');
  return symbols.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}

/**
 * The code as typed, in canonical form: case, spaces and dashes do not matter, and O, I and L
 * read as 0, 1 and 1. Undefined when it cannot be a receipt code.
 */
export function normaliseReceiptCode(typed: string): string | undefined {
  const canonical = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (canonical.length !== SYMBOLS || [...canonical].some((symbol) => !ALPHABET.includes(symbol))) return undefined;
  return canonical;
}

/** A slow, salted hash of a canonical code: `scrypt$<salt>$<hash>` (base64). */
export async function hashReceiptCode(canonical: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(canonical, salt, HASH_BYTES, SCRYPT);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function receiptCodeMatches(canonical: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const candidate = await scryptAsync(canonical, Buffer.from(salt, 'base64'), HASH_BYTES, SCRYPT);
  return timingSafeEqual(candidate, Buffer.from(hash, 'base64'));
}
