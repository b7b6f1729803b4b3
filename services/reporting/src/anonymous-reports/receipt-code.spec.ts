import { hashReceiptCode, newReceiptCode, normaliseReceiptCode, receiptCodeMatches } from './receipt-code';

describe('receipt codes', () => {
  it('are seven groups of four Crockford base32 symbols: 140 bits, typeable by hand', () => {
    const code = newReceiptCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(28 * Math.log2(32)).toBeGreaterThanOrEqual(128);
  });

  it('do not repeat', () => {
    const codes = new Set(Array.from({ length: 1000 }, newReceiptCode));
    expect(codes.size).toBe(1000);
  });

  it('read the same whatever the case, spacing and dashes, and O, I, L as 0, 1, 1', () => {
    const code = '7Q2M-XK9D-0000-1111-ABCD-EFGH-JKMN';
    const typed = ' 7q2m xk9d oooo iLl1 abcd efgh jkmn ';
    expect(normaliseReceiptCode(typed)).toBe(normaliseReceiptCode(code));
    expect(normaliseReceiptCode(code)).toBe('7Q2MXK9D00001111ABCDEFGHJKMN');
  });

  it('refuse what cannot be a code', () => {
    expect(normaliseReceiptCode('7Q2M-XK9D')).toBeUndefined();
    expect(normaliseReceiptCode('7Q2M-XK9D-0000-1111-ABCD-EFGH-JKMU')).toBeUndefined();
  });

  it('are stored as a salted slow hash that proves the code and nothing else', async () => {
    const code = normaliseReceiptCode(newReceiptCode())!;
    const [first, second] = await Promise.all([hashReceiptCode(code), hashReceiptCode(code)]);
    expect(first).toMatch(/^scrypt\$/);
    expect(first).not.toContain(code);
    expect(first).not.toBe(second);
    expect(await receiptCodeMatches(code, first)).toBe(true);
    expect(await receiptCodeMatches(normaliseReceiptCode(newReceiptCode())!, first)).toBe(false);
  });
});
