import path from 'node:path';
import { reportingAssetsFolder } from '../assets-folder';
import { VictimTexts } from '../victim-texts/victim-texts';
import { renderReportPage } from './render-report-page';

const texts = VictimTexts.load(path.join(reportingAssetsFolder(), 'texts'));
const languages = texts.languages.map((code) => ({ code, name: texts.in(code).languageName }));

describe(renderReportPage.name, () => {
  it('names its language and marks it as the current one in the switcher, which offers every language', () => {
    const html = renderReportPage(texts.in('nl'), languages);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<a href="/?lang=nl" hreflang="nl" lang="nl" aria-current="page">Nederlands</a>');
    for (const { code } of languages) expect(html).toContain(`href="/?lang=${code}"`);
  });

  it('gives every field a label, and every error and hint it points to exists', () => {
    const html = renderReportPage(texts.in('en'), languages);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id));
    const fields = [...html.matchAll(/<(?:input|select|textarea)\s[^>]*id="([^"]+)"/g)].map(([, id]) => id);
    expect(fields).toEqual(['country', 'crimeCountry', 'crimeType', 'text', 'receiptCode', 'newMessage']);
    for (const field of fields) expect(html).toContain(`<label for="${field}">`);
    const described = [...html.matchAll(/aria-describedby="([^"]+)"/g)].flatMap(([, list]) => list.split(' '));
    expect(described.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('escapes the texts it is given', () => {
    const hostile = texts.in('en');
    const html = renderReportPage({ ...hostile, page: { ...hostile.page, title: '<script>alert(1)</script>' } }, languages);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
