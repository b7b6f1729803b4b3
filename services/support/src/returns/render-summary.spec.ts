import { Specialisms } from '@harbour/contracts';
import { SupportNeedCodes } from '../support-plans/support-needs';
import { renderSummary, ReturnSummaryFacts, SummaryLanguages, summaryLanguageFor } from './render-summary';

const facts: ReturnSummaryFacts = {
  journeyId: '5d9f0c1e-2b3a-4c5d-8e6f-7a8b9c0d1e2f',
  departureDate: new Date('2026-04-20T08:00:00.000Z'),
  specialism: 'labour-exploitation',
  victimLanguage: 'ro',
  child: false,
  needs: ['safe-accommodation', 'legal-advice'],
  longTermSupport: true,
  riskAssessmentReference: 'RA-2026-0042',
};
const valueOf = (language: string, field: keyof ReturnSummaryFacts) => renderSummary(facts, language).fields.find((f) => f.field === field)?.value;

describe(renderSummary.name, () => {
  it("writes the summary in the receiving organisation's language", () => {
    expect(renderSummary(facts, 'fr').fields).toContainEqual({ field: 'needs', label: 'Besoins évalués', value: 'hébergement sûr, conseil juridique' });
    expect(valueOf('nl', 'specialism')).toBe('arbeidsuitbuiting');
    expect(valueOf('de', 'longTermSupport')).toBe('ja');
    expect(valueOf('en', 'departureDate')).toBe('2026-04-20');
  });

  it('labels every field and translates every code in every language it knows', () => {
    for (const language of Object.keys(SummaryLanguages)) {
      const every = renderSummary({ ...facts, needs: [...SupportNeedCodes] }, language);
      expect(every.fields.map((f) => f.field).sort()).toEqual(Object.keys(facts).sort());
      for (const field of every.fields) expect(field.label && field.value).toBeTruthy();
      for (const specialism of Specialisms) expect(SummaryLanguages[language].specialisms[specialism]).toBeTruthy();
      for (const need of SupportNeedCodes) expect(SummaryLanguages[language].needs[need]).toBeTruthy();
    }
  });

  it('falls back to English for an organisation whose languages have no labels yet', () => {
    expect(summaryLanguageFor(['ro', 'fr', 'en'])).toBe('fr');
    expect(summaryLanguageFor(['ro', 'bg'])).toBe('en');
    expect(renderSummary(facts, 'ro').language).toBe('en');
  });
});
