import { CountryPack } from '../../rule';

/** The United Kingdom (Great Britain's calendar). Only the rows where UK law sets its own figure. */
export const unitedKingdomPack: CountryPack = {
  id: 'gb',
  version: 1,
  country: 'GB',
  overrides: [
    {
      ruleId: 'comp-application-window',
      source: 'Criminal Injuries Compensation Scheme 2012, para 87: an application must be received within two years after the date of the incident',
      due: { unit: 'years', amount: 2 },
      dueText: '2 years from the incident; remind at 90 and 30 days',
      basis: 'law',
      basisText: 'law (national)',
    },
  ],
};
