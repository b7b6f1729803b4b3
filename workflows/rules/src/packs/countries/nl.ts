import { CountryPack } from '../../rule';

/** The Netherlands. Only the rows where Dutch law or regulation sets its own figure. */
export const netherlandsPack: CountryPack = {
  id: 'nl',
  version: 1,
  country: 'NL',
  overrides: [
    {
      ruleId: 'cets-13-recovery-period',
      source: 'Vreemdelingencirculaire 2000 (B) 8.3: a reflection period (bedenktijd) of three months for a presumed victim of trafficking',
      due: { unit: 'months', amount: 3 },
      dueText: '3 months; review at the end of the third month',
      basis: 'law',
      basisText: 'law (national regulation)',
    },
    {
      ruleId: 'comp-application-window',
      source: 'Wet schadefonds geweldsmisdrijven: an application to the Schadefonds Geweldsmisdrijven is made within three years of the day of the violent crime',
      due: { unit: 'years', amount: 3 },
      dueText: '3 years from the crime; remind at 90 and 30 days',
      basis: 'law',
      basisText: 'law (national)',
    },
    {
      ruleId: 'comp-decision',
      source: 'Algemene wet bestuursrecht, Art 4:13(2): without a statutory term an administrative decision is due within eight weeks of the application',
      due: { unit: 'calendar-days', amount: 56 },
      dueText: '8 weeks from the complete application',
      basis: 'law',
      basisText: 'law (national)',
    },
  ],
};
