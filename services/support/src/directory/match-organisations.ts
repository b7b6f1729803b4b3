import { Specialism } from '@harbour/contracts';
import { Organisation } from './organisation';

export interface SupportNeed {
  country: string;
  language: string;
  specialism: Specialism;
  /** The victim is a child, or presumed to be one: only child-ready organisations may take them. */
  child?: boolean;
}

export interface OrganisationMatch {
  organisation: Organisation;
  /** Why this organisation, in the order it was weighed: shown to case workers and operations. */
  reasons: string[];
}

/** An organisation of the country that was left out, and why. */
export interface SkippedOrganisation {
  organisationId: string;
  reason: string;
}

export interface Matching {
  matches: OrganisationMatch[];
  skipped: SkippedOrganisation[];
}

/**
 * Orders the organisations of the need's country that may take a referral, best first:
 * specialists before general support, speakers of the victim's language before others, and
 * the 116 006 helpline last, as the fallback that always answers. Those already asked, outside
 * the specialism, not ready for a child or with no open place are left out, each with its reason.
 */
export function explainMatching(directory: readonly Organisation[], need: SupportNeed, alreadyAsked: readonly string[] = []): Matching {
  const matches: (OrganisationMatch & { score: number })[] = [];
  const skipped: SkippedOrganisation[] = [];
  for (const organisation of directory.filter((org) => org.country === need.country)) {
    const reason = whyNot(organisation, need, alreadyAsked);
    if (reason) skipped.push({ organisationId: organisation.id, reason });
    else matches.push({ organisation, score: score(organisation, need), reasons: reasons(organisation, need) });
  }
  matches.sort((a, b) => b.score - a.score || b.organisation.openPlaces - a.organisation.openPlaces || byCodePoint(a.organisation.id, b.organisation.id));
  skipped.sort((a, b) => byCodePoint(a.organisationId, b.organisationId));
  return { matches: matches.map(({ organisation, reasons }) => ({ organisation, reasons })), skipped };
}

export function matchOrganisations(directory: readonly Organisation[], need: SupportNeed, alreadyAsked: readonly string[] = []): OrganisationMatch[] {
  return explainMatching(directory, need, alreadyAsked).matches;
}

function whyNot(org: Organisation, need: SupportNeed, alreadyAsked: readonly string[]): string | undefined {
  if (alreadyAsked.includes(org.id)) return 'already asked in this hand-off';
  if (!org.helpline116006 && !org.specialisms.includes(need.specialism) && !org.specialisms.includes('general-victim-support')) {
    return `not specialised in ${need.specialism}`;
  }
  if (need.child && !org.acceptsChildren) return 'not ready to support children';
  if (org.openPlaces <= 0) return `at capacity: all ${org.capacity} place(s) taken`;
  return undefined;
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
    ...(need.child ? ['ready to support children'] : []),
    `${org.openPlaces} open place(s)`,
  ];
}

// The same order whatever the process's locale (LANG), so matching is reproducible everywhere.
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
