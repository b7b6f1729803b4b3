import { Specialism } from '@harbour/contracts';
import { Organisation } from './organisation';

export interface SupportNeed {
  country: string;
  language: string;
  specialism: Specialism;
}

export interface OrganisationMatch {
  organisation: Organisation;
  /** Why this organisation, in the order it was weighed: shown to case workers and operations. */
  reasons: string[];
}

/**
 * Orders the organisations that may take a referral, best first: specialists before general
 * support, speakers of the victim's language before others, and the 116 006 helpline last, as
 * the fallback that always answers. Organisations already asked and those with no open place
 * are left out.
 */
export function matchOrganisations(
  directory: readonly Organisation[],
  need: SupportNeed,
  alreadyAsked: readonly string[] = [],
): OrganisationMatch[] {
  return directory
    .filter((org) => org.country === need.country && !alreadyAsked.includes(org.id) && org.capacity > 0)
    .filter((org) => org.helpline116006 || org.specialisms.includes(need.specialism) || org.specialisms.includes('general-victim-support'))
    .map((organisation) => ({ organisation, score: score(organisation, need), reasons: reasons(organisation, need) }))
    .sort((a, b) => b.score - a.score || b.organisation.capacity - a.organisation.capacity || a.organisation.id.localeCompare(b.organisation.id))
    .map(({ organisation, reasons }) => ({ organisation, reasons }));
}

function score(org: Organisation, need: SupportNeed): number {
  if (org.helpline116006 && !org.specialisms.includes(need.specialism)) return 0;
  return (org.specialisms.includes(need.specialism) ? 2 : 1) * 10 + (org.languages.includes(need.language) ? 5 : 0);
}

function reasons(org: Organisation, need: SupportNeed): string[] {
  return [
    `works in ${need.country} (${org.region})`,
    org.specialisms.includes(need.specialism) ? `specialised in ${need.specialism}` : org.helpline116006 ? 'runs the 116 006 helpline (fallback)' : 'offers general victim support',
    org.languages.includes(need.language) ? `speaks ${need.language}` : `does not list ${need.language}: interpretation needed`,
    `${org.capacity} open place(s)`,
  ];
}
