import { escapeHtml as escape } from './html';
import { Texts } from './page-texts';

/** The one stylesheet of Harbour's staff pages (served by each service under its pages' path). */
export const PAGE_STYLESHEET = `body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #1a1a1a; }
a { color: #0b4f8a; }
a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #f2a900; outline-offset: 2px; }
.languages, .sections { display: flex; gap: 1rem; list-style: none; padding: 0; }
form.filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; margin-bottom: 1rem; }
form.filters label { display: flex; flex-direction: column; gap: 0.25rem; }
form.filters label.check { flex-direction: row; align-items: center; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ccc; padding: 0.4rem; text-align: left; vertical-align: top; }
.missed { color: #a30000; font-weight: bold; }
textarea { width: 100%; min-height: 6rem; }
button { padding: 0.4rem 1rem; }
.suppressed { color: #555; }
meter { width: 6rem; }
`;

export interface PageParts {
  texts: Texts;
  languages: string[];
  /** The page's address without its language, which the language switcher keeps. */
  path: string;
  heading: string;
  /** Where the service serves PAGE_STYLESHEET. */
  stylesheet: string;
  /** Links to the other pages, for a signed-in reader. */
  sections?: { href: string; label: string }[];
  body: string;
}

/**
 * A staff page: plain HTML with the service's own stylesheet, no script at all, every control
 * labelled and reachable by keyboard; texts `title` and `languages` name the application and
 * the language switcher.
 */
export function pageDocument({ texts, languages, path, heading, stylesheet, sections, body }: PageParts): string {
  const t = (key: string) => escape(texts[key]);
  const separator = path.includes('?') ? '&' : '?';
  const switcher = languages
    .map((code) => `<li><a href="${escape(`${path}${separator}lang=${code}`)}" hreflang="${code}" lang="${code}"${code === texts.language ? ' aria-current="page"' : ''}>${code.toUpperCase()}</a></li>`)
    .join('');
  const links = sections?.length
    ? `<nav aria-label="${t('sections')}"><ul class="sections">${sections.map(({ href, label }) => `<li><a href="${escape(href)}">${escape(label)}</a></li>`).join('')}</ul></nav>`
    : '';
  return `<!doctype html>
<html lang="${texts.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escape(heading)} · ${t('title')}</title>
<link rel="stylesheet" href="${escape(stylesheet)}">
</head>
<body>
<header>
<nav aria-label="${t('languages')}"><ul class="languages">${switcher}</ul></nav>
<p>${t('title')}</p>
${links}
</header>
<main>
<h1>${escape(heading)}</h1>
${body}
</main>
</body>
</html>`;
}

/** The sign-in form of a staff page: the token pasted once; texts `signInIntro`, `signInRefused`, `token`, `signIn`. */
export function signInForm(texts: Texts, action: string, refused: boolean): string {
  const t = (key: string) => escape(texts[key]);
  return `<p>${t('signInIntro')}</p>
${refused ? `<p role="alert" id="sign-in-error">${t('signInRefused')}</p>` : ''}
<form method="post" action="${escape(action)}">
<label for="token">${t('token')}</label>
<textarea id="token" name="token" required autocomplete="off" spellcheck="false"${refused ? ' aria-invalid="true" aria-describedby="sign-in-error"' : ''}></textarea>
<button type="submit">${t('signIn')}</button>
</form>`;
}
