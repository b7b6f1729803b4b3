import { IdentityAttributeKind } from '@harbour/contracts';
import { RequestRefusedError } from '../shared/identification-errors';

/** Identity attributes as a first responder or decision maker gives them. */
export interface IdentityAttributes {
  fullName?: string;
  dateOfBirth?: string;
  nationality?: string;
  identityDocumentNumber?: string;
}

export type NormalisedIdentity = Partial<Record<IdentityAttributeKind, string>>;

/**
 * Which attributes together make a match key. One attribute alone is too common to suggest the
 * same person (many share a name); each rule combines two. Versioned by the rule id, which is
 * part of every key.
 */
export const MatchRules: readonly { id: string; on: readonly IdentityAttributeKind[] }[] = [
  { id: 'name-birth-v1', on: ['full-name', 'date-of-birth'] },
  { id: 'document-v1', on: ['identity-document', 'nationality'] },
];

// Letters that do not decompose into a base letter and marks, and simple Cyrillic and Greek
// transliteration (after ICAO 9303; Greek "ου" is "ou"), so that "Łukasz", "Lukasz" and "Лукаш" come close.
const Transliteration: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i',
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'i', і: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

function transliterate(text: string): string {
  return [...text].map((char) => Transliteration[char] ?? char).join('');
}

/** Case, accents, transliteration, punctuation and word order removed: "POPESCU, Maria-Ioana" = "maria ioana popescu". */
export function normaliseName(name: string): string {
  // Marks go first: "й", "ё" and "ї" then become the letters ICAO transliterates them as anyway.
  const latin = transliterate(name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ου/g, 'ou'));
  return latin
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word.length > 0)
    .sort()
    .join(' ');
}

/** The date formats accepted for a date of birth: 1998-04-07, 07.04.1998, 07/04/1998, 07-04-1998 (day first). */
export const DATE_OF_BIRTH_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$|^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

export function normaliseDate(date: string): string {
  const match = DATE_OF_BIRTH_FORMAT.exec(date.trim());
  const [year, month, day] = match?.[1] ? [match[1], match[2], match[3]] : [match?.[6] ?? '', match?.[5] ?? '', match?.[4] ?? ''];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  // A day that does not exist (31.02) parses into the next month: compare the round trip.
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) {
    throw new RequestRefusedError('dateOfBirth must be a real date, e.g. 1998-04-07 or 07.04.1998');
  }
  return iso;
}

export function normaliseIdentity(attributes: IdentityAttributes): NormalisedIdentity {
  const normalised: NormalisedIdentity = {};
  if (attributes.fullName) normalised['full-name'] = normaliseName(attributes.fullName);
  if (attributes.dateOfBirth) normalised['date-of-birth'] = normaliseDate(attributes.dateOfBirth);
  if (attributes.nationality) normalised.nationality = attributes.nationality.trim().toUpperCase();
  if (attributes.identityDocumentNumber) normalised['identity-document'] = attributes.identityDocumentNumber.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return normalised;
}

/** The keys under which a record can match: `<rule>:<keyed hash of its normalised values>`, one per rule it satisfies. */
export function matchKeys(identity: NormalisedIdentity, keyedHash: (value: string) => string): string[] {
  return MatchRules.filter((rule) => rule.on.every((kind) => identity[kind])).map(
    (rule) => `${rule.id}:${keyedHash([rule.id, ...rule.on.map((kind) => identity[kind])].join('\u0000'))}`,
  );
}

/** The attribute kinds behind the keys two records share. */
export function matchedOn(sharedKeys: readonly string[]): IdentityAttributeKind[] {
  const rules = new Set(sharedKeys.map((key) => key.slice(0, key.indexOf(':'))));
  return [...new Set(MatchRules.filter((rule) => rules.has(rule.id)).flatMap((rule) => rule.on))];
}
