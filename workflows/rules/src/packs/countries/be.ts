import { CountryPack } from '../../rule';

/** Belgium. Only the rows where Belgian law sets its own figure; the rest follow the baseline. */
export const belgiumPack: CountryPack = {
  id: 'be',
  version: 1,
  country: 'BE',
  overrides: [
    {
      ruleId: 'cets-13-recovery-period',
      source:
        'Loi du 15 décembre 1980 sur l’accès au territoire, le séjour, l’établissement et l’éloignement des étrangers, Art 61/2 §2: a 45-day order to leave the territory serves as the reflection period',
      due: { unit: 'calendar-days', amount: 45 },
      dueText: '45 days; review on day 45',
      basis: 'law',
      basisText: 'law (national)',
    },
  ],
};
