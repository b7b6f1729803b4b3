import { pageDocument, Texts } from '@harbour/service-runtime';

export { escapeHtml as escape, timeHtml as time } from '@harbour/service-runtime';

/** A console page; signed in, it links the console's sections. */
export function layout(texts: Texts, languages: string[], path: string, heading: string, body: string, signedIn = true): string {
  const section = (page: string, label: string) => ({ href: `/console${page}?lang=${texts.language}`, label: texts[label] });
  const sections = signedIn ? [section('', 'journeys'), section('/dead-letters', 'deadLetters'), section('/monitoring', 'monitoring')] : undefined;
  return pageDocument({ texts, languages, path, heading, stylesheet: '/console/assets/console.css', sections, body });
}
