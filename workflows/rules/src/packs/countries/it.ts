import { CountryPack } from '../../rule';

/**
 * Italy. Italian law has no reflection period as such: a presumed victim is protected by the
 * special residence permit for social protection, which stops removal and carries the assistance
 * and integration programme, whether or not the person cooperates with the prosecution. Only the
 * rows where Italian law sets its own figure; the rest follow the baseline.
 */
export const italyPack: CountryPack = {
  id: 'it',
  version: 1,
  country: 'IT',
  overrides: [
    {
      ruleId: 'cets-13-recovery-period',
      source:
        "Decreto legislativo 25 luglio 1998, n. 286 (Testo unico sull'immigrazione), Art 18(4): the residence permit for social protection lasts six months and may be renewed for a year, or longer where justice requires it",
      due: { unit: 'months', amount: 6 },
      dueText: '6 months (the Art 18 permit); review at the end of the sixth month; a renewal extends it',
      basis: 'law',
      basisText: 'law (national)',
    },
  ],
};
