import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The language every page speaks when the reader's has no texts. */
export const PAGE_LANGUAGE = 'en';

/** One language's texts: a flat map from key to text, as each `<lang>.json` holds it. */
export type Texts = Readonly<Record<string, string>> & { language: string };

/**
 * A page's texts, one file per language. Every file must hold exactly the keys of the English
 * one, checked at boot, so that a missing translation stops the service instead of showing a blank.
 */
export class PageTexts {
  private constructor(private readonly byLanguage: ReadonlyMap<string, Record<string, string>>) {}

  static load(folder: string): PageTexts {
    const files = readdirSync(folder).filter((file) => /^[a-z]{2}\.json$/.test(file));
    const byLanguage = new Map(files.map((file) => [file.slice(0, 2), JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Record<string, string>]));
    const reference = Object.keys(byLanguage.get(PAGE_LANGUAGE) ?? {}).sort().join();
    if (!reference) throw new Error(`page texts in ${folder}: ${PAGE_LANGUAGE}.json is missing`);
    // The texts' own `language` names the language they are in; a text of that key would hide it.
    if ('language' in byLanguage.get(PAGE_LANGUAGE)!) throw new Error(`page texts in ${folder}: "language" is reserved, name the text otherwise`);
    for (const [language, texts] of byLanguage) {
      if (Object.keys(texts).sort().join() !== reference) throw new Error(`page texts ${folder}/${language}.json do not hold the keys of ${PAGE_LANGUAGE}.json`);
    }
    return new PageTexts(byLanguage);
  }

  get languages(): string[] {
    return [...this.byLanguage.keys()].sort();
  }

  /** The texts of a language, or English when it has none. */
  in(language: string | undefined): Texts {
    const used = language && this.byLanguage.has(language) ? language : PAGE_LANGUAGE;
    return { ...this.byLanguage.get(used)!, language: used };
  }

  /** The first language of an Accept-Language header that has texts, for a reader who chose none. */
  preferred(acceptLanguage: string | undefined): string | undefined {
    return (acceptLanguage ?? '')
      .split(',')
      .map((part) => part.trim().slice(0, 2).toLowerCase())
      .find((language) => this.byLanguage.has(language));
  }
}

/** A service's page assets (texts, stylesheet) in services/<service>/assets, found from sources and dist/ alike. */
export function serviceAssetsFolder(service: string, from: string): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'services', service, 'assets');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) throw new Error(`no services/${service}/assets above ${from}`);
  }
}
