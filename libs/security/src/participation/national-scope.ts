import { isRole, Role } from '../roles';
import { SecurityConfigurationError } from '../tokens/security-configuration.error';

/** A role a country's law gives a part in journeys without an organisation's act, and on which journeys. */
export interface NationalScopeGrant {
  role: Role;
  /** `referred-to-nrm`: only journeys referred to the national referral mechanism. */
  journeys: 'all' | 'referred-to-nrm';
  /** The instrument that gives the role its scope, shown with every decision it allows. */
  legalBasis: string;
}

/** The national-scope grants of a deployment. */
export class NationalScope {
  constructor(readonly grants: readonly NationalScopeGrant[]) {}
}

/**
 * The default, for the Belgian deployment the demo runs: NRM decision makers on the journeys
 * referred to them, the data-protection auditor, operations and the national justice system's
 * machine client. A deployment names its own in HARBOUR_NATIONAL_SCOPE (a JSON array of grants).
 */
export const DefaultNationalScope = new NationalScope([
    { role: 'nrm-decision-maker', journeys: 'referred-to-nrm', legalBasis: 'ATD 2011/36/EU Art 11(4); Circulaire du 23 décembre 2016 relative à la coopération multidisciplinaire (BE)' },
    { role: 'auditor', journeys: 'all', legalBasis: 'GDPR Art 5(2), 24 and 39 (accountability, the data protection officer)' },
    { role: 'operations-analyst', journeys: 'all', legalBasis: 'GDPR Art 32 (security and continuity of processing); VRD 2012/29/EU Art 26' },
    { role: 'service', journeys: 'all', legalBasis: 'VRD 2012/29/EU Art 6 (information from the national justice system)' },
]);

/** The national scope from HARBOUR_NATIONAL_SCOPE, or the default; a malformed value stops the service at boot. */
export function nationalScopeFromEnv(env: NodeJS.ProcessEnv = process.env): NationalScope {
  const raw = env.HARBOUR_NATIONAL_SCOPE;
  if (raw === undefined || raw.trim() === '') return DefaultNationalScope;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new SecurityConfigurationError('HARBOUR_NATIONAL_SCOPE must be a JSON array of {"role","journeys","legalBasis"}');
  }
  if (!Array.isArray(parsed)) throw new SecurityConfigurationError('HARBOUR_NATIONAL_SCOPE must be a JSON array of {"role","journeys","legalBasis"}');
  return new NationalScope(parsed.map((grant, index) => nationalScopeGrant(grant, index)));
}

function nationalScopeGrant(grant: unknown, index: number): NationalScopeGrant {
  const { role, journeys, legalBasis } = (grant ?? {}) as Record<string, unknown>;
  const at = `HARBOUR_NATIONAL_SCOPE[${index}]`;
  if (!isRole(role)) throw new SecurityConfigurationError(`${at}.role must be a Harbour role`);
  if (journeys !== 'all' && journeys !== 'referred-to-nrm') throw new SecurityConfigurationError(`${at}.journeys must be "all" or "referred-to-nrm"`);
  if (typeof legalBasis !== 'string' || legalBasis.trim().length < 3) throw new SecurityConfigurationError(`${at}.legalBasis must name the law that gives ${role} its scope`);
  return { role, journeys, legalBasis };
}
