import { CrimeTypes, ServedCountries } from '@harbour/contracts';
import { LanguageTexts } from '../victim-texts/victim-texts';

export interface PageLanguage {
  code: string;
  name: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/**
 * The public page for anonymous reports and follow-up, in one language. Plain HTML: no
 * third-party resource, no inline script or style (the page's script and stylesheet come from
 * this service), every field labelled, every error tied to its field.
 */
export function renderReportPage(texts: LanguageTexts & { language: string }, languages: PageLanguage[]): string {
  const t = (key: string) => escape(texts.page[key]);
  const countryOptions = ServedCountries.map((code) => `<option value="${code}">${code}</option>`).join('');
  const crimeOptions = CrimeTypes.map((code) => `<option value="${code}">${escape(texts.crimeTypes[code])}</option>`).join('');
  const switcher = languages
    .map(({ code, name }) =>
      code === texts.language
        ? `<li><a href="/?lang=${code}" hreflang="${code}" lang="${code}" aria-current="page">${escape(name)}</a></li>`
        : `<li><a href="/?lang=${code}" hreflang="${code}" lang="${code}">${escape(name)}</a></li>`,
    )
    .join('');
  const messages = ['errorRequired', 'errorCode', 'errorGeneric', 'errorTooMany', 'fromYou', 'fromResponder', 'messageSent']
    .map((key) => `data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}="${t(key)}"`)
    .join(' ');
  return `<!doctype html>
<html lang="${texts.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${t('title')}</title>
<link rel="stylesheet" href="/assets/report-page.css">
<script src="/assets/report-page.js" defer></script>
</head>
<body>
<header>
<nav aria-label="${t('languages')}"><ul class="languages">${switcher}</ul></nav>
<h1>${t('title')}</h1>
<p>${t('intro')}</p>
</header>
<main id="main" ${messages}>
<section aria-labelledby="report-heading">
<h2 id="report-heading">${t('reportHeading')}</h2>
<form id="report-form" novalidate>
<input type="hidden" name="language" value="${texts.language}">
<div class="field">
<label for="country">${t('countryLabel')}</label>
<select id="country" name="country" required aria-describedby="country-error"><option value="">${t('chooseOption')}</option>${countryOptions}</select>
<p id="country-error" class="error" hidden></p>
</div>
<div class="field">
<label for="crimeCountry">${t('crimeCountryLabel')}</label>
<select id="crimeCountry" name="crimeCountry"><option value="">${t('chooseOption')}</option>${countryOptions}</select>
</div>
<div class="field">
<label for="crimeType">${t('crimeTypeLabel')}</label>
<select id="crimeType" name="crimeType" required aria-describedby="crimeType-error"><option value="">${t('chooseOption')}</option>${crimeOptions}</select>
<p id="crimeType-error" class="error" hidden></p>
</div>
<div class="field">
<label for="text">${t('messageLabel')}</label>
<p id="text-hint" class="hint">${t('messageHint')}</p>
<textarea id="text" name="text" rows="6" maxlength="5000" required aria-describedby="text-hint text-error"></textarea>
<p id="text-error" class="error" hidden></p>
</div>
<p id="report-form-error" class="error" role="alert" hidden></p>
<button type="submit">${t('submit')}</button>
</form>
<div id="receipt" hidden>
<h3 id="receipt-heading" tabindex="-1">${t('receiptHeading')}</h3>
<p>${t('receiptIntro')}</p>
<p><output id="receipt-code" class="code"></output></p>
</div>
</section>
<section aria-labelledby="follow-up-heading">
<h2 id="follow-up-heading">${t('followUpHeading')}</h2>
<form id="follow-up-form" novalidate>
<div class="field">
<label for="receiptCode">${t('codeLabel')}</label>
<input id="receiptCode" name="receiptCode" autocomplete="off" autocapitalize="characters" spellcheck="false" required aria-describedby="receiptCode-error">
<p id="receiptCode-error" class="error" hidden></p>
</div>
<button type="submit">${t('followUpSubmit')}</button>
</form>
<div id="conversation" hidden>
<h3 id="conversation-heading" tabindex="-1">${t('repliesHeading')}</h3>
<ol id="messages"></ol>
<form id="message-form" novalidate>
<div class="field">
<label for="newMessage">${t('newMessageLabel')}</label>
<textarea id="newMessage" name="text" rows="4" maxlength="5000" required aria-describedby="newMessage-error"></textarea>
<p id="newMessage-error" class="error" hidden></p>
</div>
<button type="submit">${t('sendMessage')}</button>
<p id="message-status" role="status"></p>
</form>
</div>
</section>
</main>
</body>
</html>
`;
}
