import { CountryPack } from '../../rule';

/**
 * Romania, a frequent country of origin and of return. Only the rows where Romanian law sets its
 * own figure; the rest follow the baseline. The law gives foreigners a recovery and reflection
 * period of up to 90 days: Harbour protects the whole of it, since a shorter grant is not a fact
 * the journey learns, and the day-30 review still falls inside it.
 */
export const romaniaPack: CountryPack = {
  id: 'ro',
  version: 1,
  country: 'RO',
  overrides: [
    {
      ruleId: 'cets-13-recovery-period',
      source:
        'Legea nr. 678/2001 privind prevenirea și combaterea traficului de persoane, Art 39^1(1): foreigners for whom there are serious grounds to believe they are victims of trafficking have a recovery and reflection period of up to 90 days',
      due: { unit: 'calendar-days', amount: 90 },
      dueText: 'up to 90 days (the whole period the law allows); review on day 30',
      basis: 'law',
      basisText: 'law (national)',
    },
  ],
};
