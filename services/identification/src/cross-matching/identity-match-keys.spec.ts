import { createHmac } from 'node:crypto';
import { matchedOn, matchKeys, normaliseDate, normaliseIdentity, normaliseName } from './identity-match-keys';

const keyedHash = (value: string) => createHmac('sha256', 'test-key').update(value).digest('hex');

describe(normaliseName.name, () => {
  it('ignores case, accents, punctuation, spacing and word order', () => {
    expect(normaliseName('  POPESCU,   Maria-Ioana ')).toBe('ioana maria popescu');
    expect(normaliseName('Mária Ioana Popescu')).toBe('ioana maria popescu');
    expect(normaliseName('Ștefan Dumitrașcu')).toBe(normaliseName('stefan dumitrascu'));
  });

  it('transliterates letters that do not decompose, and Cyrillic and Greek simply', () => {
    expect(normaliseName('Łukasz Wróbel')).toBe('lukasz wrobel');
    expect(normaliseName('Straße')).toBe('strasse');
    expect(normaliseName('Олена Шевченко')).toBe('olena shevchenko');
    expect(normaliseName('Νίκος Παπαδόπουλος')).toBe('nikos papadopoulos');
  });
});

describe(normaliseDate.name, () => {
  it('reads ISO and day-first dates alike', () => {
    for (const date of ['1998-04-07', '07.04.1998', '7/4/1998', '07-04-1998']) expect(normaliseDate(date)).toBe('1998-04-07');
  });

  it('refuses a date that does not exist', () => {
    expect(() => normaliseDate('31.02.1998')).toThrow('dateOfBirth must be a real date');
    expect(() => normaliseDate('1998-13-01')).toThrow('dateOfBirth must be a real date');
  });
});

describe(matchKeys.name, () => {
  it('gives the same keys for the same person written differently', () => {
    const inAntwerp = matchKeys(normaliseIdentity({ fullName: 'POPESCU Maria', dateOfBirth: '07.04.1998' }), keyedHash);
    const inRotterdam = matchKeys(normaliseIdentity({ fullName: 'maria popescu', dateOfBirth: '1998-04-07', nationality: 'ro' }), keyedHash);

    expect(inAntwerp).toHaveLength(1);
    expect(inRotterdam).toEqual(inAntwerp);
    expect(inAntwerp[0]).toMatch(/^name-birth-v1:[0-9a-f]{64}$/);
    expect(inAntwerp[0]).not.toMatch(/popescu|1998/i);
  });

  it('gives different keys for another date of birth, and none when no rule is satisfied', () => {
    const one = matchKeys(normaliseIdentity({ fullName: 'Maria Popescu', dateOfBirth: '1998-04-07' }), keyedHash);
    const other = matchKeys(normaliseIdentity({ fullName: 'Maria Popescu', dateOfBirth: '1998-04-08' }), keyedHash);
    expect(other).not.toEqual(one);
    expect(matchKeys(normaliseIdentity({ fullName: 'Maria Popescu', nationality: 'RO' }), keyedHash)).toEqual([]);
  });

  it('matches a document number however it is spaced, within its nationality', () => {
    const keys = (identityDocumentNumber: string, nationality: string) => matchKeys(normaliseIdentity({ identityDocumentNumber, nationality }), keyedHash);
    expect(keys('05 123-456', 'ro')).toEqual(keys('05123456', 'RO'));
    expect(keys('05123456', 'BG')).not.toEqual(keys('05123456', 'RO'));
  });

  it('names the attribute kinds behind shared keys, never their values', () => {
    const keys = matchKeys(normaliseIdentity({ fullName: 'Maria Popescu', dateOfBirth: '1998-04-07', nationality: 'RO', identityDocumentNumber: 'X1' }), keyedHash);
    expect(matchedOn(keys)).toEqual(['full-name', 'date-of-birth', 'identity-document', 'nationality']);
    expect(matchedOn([keys[1]])).toEqual(['identity-document', 'nationality']);
  });
});
