import { Texts } from './console-texts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escape = (text: string): string => text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
export const time = (iso: string | undefined): string => (iso ? `<time datetime="${escape(iso)}">${escape(iso.slice(0, 16).replace('T', ' '))} UTC</time>` : '');

/**
 * A console page: plain HTML with the service's own stylesheet, no script at all, every control
 * labelled and reachable by keyboard; the language switcher keeps the page's address.
 */
export function layout(texts: Texts, languages: string[], path: string, heading: string, body: string, signedIn = true): string {
  const t = (key: string) => escape(texts[key]);
  const separator = path.includes('?') ? '&' : '?';
  const switcher = languages
    .map((code) => `<li><a href="${escape(`${path}${separator}lang=${code}`)}" hreflang="${code}" lang="${code}"${code === texts.language ? ' aria-current="page"' : ''}>${code.toUpperCase()}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="${texts.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escape(heading)} · ${t('title')}</title>
<link rel="stylesheet" href="/console/assets/console.css">
</head>
<body>
<header>
<nav aria-label="${t('languages')}"><ul class="languages">${switcher}</ul></nav>
<p>${t('title')}</p>
${signedIn ? `<nav aria-label="${t('sections')}"><ul class="sections"><li><a href="/console?lang=${texts.language}">${t('journeys')}</a></li><li><a href="/console/dead-letters?lang=${texts.language}">${t('deadLetters')}</a></li><li><a href="/console/monitoring?lang=${texts.language}">${t('monitoring')}</a></li></ul></nav>` : ''}
</header>
<main>
<h1>${escape(heading)}</h1>
${body}
</main>
</body>
</html>`;
}
