import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const CONSOLE_LANGUAGE = 'en';

/** One language's console texts: a flat map from key to text, as each assets/texts/<lang>.json holds it. */
export type Texts = Readonly<Record<string, string>> & { language: string };

/**
 * The console's texts, one file per language. Every file must hold exactly the keys of the
 * English one, checked at boot, so that a missing translation stops the service instead of
 * showing a blank.
 */
export class ConsoleTexts {
  private constructor(private readonly byLanguage: ReadonlyMap<string, Record<string, string>>) {}

  static load(folder: string): ConsoleTexts {
    const files = readdirSync(folder).filter((file) => /^[a-z]{2}\.json$/.test(file));
    const byLanguage = new Map(files.map((file) => [file.slice(0, 2), JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Record<string, string>]));
    const reference = Object.keys(byLanguage.get(CONSOLE_LANGUAGE) ?? {}).sort().join();
    if (!reference) throw new Error(`console texts in ${folder}: ${CONSOLE_LANGUAGE}.json is missing`);
    for (const [language, texts] of byLanguage) {
      if (Object.keys(texts).sort().join() !== reference) throw new Error(`console texts ${language}.json do not hold the keys of ${CONSOLE_LANGUAGE}.json`);
    }
    return new ConsoleTexts(byLanguage);
  }

  get languages(): string[] {
    return [...this.byLanguage.keys()].sort();
  }

  /** The texts of a language, or English when it has none. */
  in(language: string | undefined): Texts {
    const used = language && this.byLanguage.has(language) ? language : CONSOLE_LANGUAGE;
    return { ...this.byLanguage.get(used)!, language: used };
  }
}
