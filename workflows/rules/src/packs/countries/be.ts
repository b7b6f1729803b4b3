import { CountryPack, RuleOverride } from '../../rule';

const reflectionPeriod: RuleOverride = {
  ruleId: 'cets-13-recovery-period',
  source:
    'Loi du 15 décembre 1980 sur l’accès au territoire, le séjour, l’établissement et l’éloignement des étrangers, Art 61/2 §2: a 45-day order to leave the territory serves as the reflection period',
  due: { unit: 'calendar-days', amount: 45 },
  dueText: '45 days; review on day 45',
  basis: 'law',
  basisText: 'law (national)',
};

/** Belgium, first version: only the rows where Belgian law sets its own figure; the rest follow the baseline. */
export const belgiumPackV1: CountryPack = {
  id: 'be',
  version: 1,
  country: 'BE',
  overrides: [reflectionPeriod],
};

/**
 * Belgium, second version: adds the time limit of the state's financial aid to victims. Journeys
 * that started under version 1 keep it; the limit reaches them only through a new journey.
 */
export const belgiumPackV2: CountryPack = {
  id: 'be',
  version: 2,
  country: 'BE',
  overrides: [
    reflectionPeriod,
    {
      ruleId: 'comp-application-window',
      source:
        'Loi du 1er août 1985 portant des mesures fiscales et autres, Art 31bis §1 4°: the request to the Commission pour l’aide financière aux victimes d’actes intentionnels de violence is made within three years',
      due: { unit: 'years', amount: 3 },
      dueText: '3 years; remind at 90 and 30 days',
      basis: 'law',
      basisText: 'law (national)',
    },
  ],
};
