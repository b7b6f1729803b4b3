import { CrimeType } from '@harbour/contracts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One language's victim-facing texts: the shape of every file in assets/texts (en.json is the reference). */
export interface LanguageTexts {
  languageName: string;
  crimeTypes: Record<CrimeType, string>;
  acknowledgement: Record<string, string>;
  page: Record<string, string>;
}

/** Used when a victim's language has no texts yet. */
export const FALLBACK_LANGUAGE = 'en';

/**
 * Victim-facing texts, one JSON file per language (`<ISO 639-1>.json`). Adding a language is
 * adding a file: every file must hold exactly the keys of the English one, checked at boot so
 * that a missing translation stops the service instead of showing a blank to a victim.
 */
export class VictimTexts {
  private constructor(private readonly byLanguage: ReadonlyMap<string, LanguageTexts>) {}

  static load(folder: string): VictimTexts {
    const files = readdirSync(folder).filter((file) => /^[a-z]{2}\.json$/.test(file));
    const byLanguage = new Map(files.map((file) => [file.slice(0, 2), JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as LanguageTexts]));
    const reference = byLanguage.get(FALLBACK_LANGUAGE);
    if (!reference) throw new Error(`victim texts in ${folder}: ${FALLBACK_LANGUAGE}.json is missing`);
    for (const [language, texts] of byLanguage) {
      const missing = keyPaths(reference).filter((key) => !keyPaths(texts).includes(key));
      const unknown = keyPaths(texts).filter((key) => !keyPaths(reference).includes(key));
      if (missing.length + unknown.length > 0) {
        throw new Error(`victim texts ${language}.json: ${[...missing.map((key) => `missing ${key}`), ...unknown.map((key) => `unknown ${key}`)].join(', ')}`);
      }
    }
    return new VictimTexts(byLanguage);
  }

  /** The languages with texts, English first, then by code. */
  get languages(): string[] {
    return [...this.byLanguage.keys()].sort((a, b) => (a === FALLBACK_LANGUAGE ? -1 : b === FALLBACK_LANGUAGE ? 1 : a < b ? -1 : a > b ? 1 : 0));
  }

  has(language: string): boolean {
    return this.byLanguage.has(language);
  }

  /** The texts of a language, or English when it has none; `language` says which one was used. */
  in(language: string): LanguageTexts & { language: string } {
    const used = this.byLanguage.has(language) ? language : FALLBACK_LANGUAGE;
    return { ...this.byLanguage.get(used)!, language: used };
  }
}

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}
