import { CountryPack, ResolvedRule, RuleId, RulePack } from './rule';

export class UnknownRuleError extends Error {
  constructor(pack: RulePack, ruleId: string) {
    super(`rule '${ruleId}' is not in rule pack ${pack.id}@${pack.version}`);
    this.name = 'UnknownRuleError';
  }
}

export class UnknownCountryPackError extends Error {
  constructor(country: string, version: number) {
    super(`no country pack ${country.toLowerCase()}@${version}`);
    this.name = 'UnknownCountryPackError';
  }
}

/** The newest version of a country's pack, or undefined where the country follows the baseline alone. */
export function latestCountryPackVersion(pack: RulePack, country: string): number | undefined {
  const versions = pack.countryPacks.filter((candidate) => candidate.country === country.toUpperCase()).map((candidate) => candidate.version);
  return versions.length > 0 ? Math.max(...versions) : undefined;
}

/** Version 0 is the baseline alone: what a journey keeps when its country had no pack as it started. */
function countryPackOf(pack: RulePack, country: string, version: number | undefined): CountryPack | undefined {
  const wanted = version ?? latestCountryPackVersion(pack, country);
  if (wanted === undefined || wanted === 0) return undefined;
  const found = pack.countryPacks.find((candidate) => candidate.country === country && candidate.version === wanted);
  if (!found) throw new UnknownCountryPackError(country, wanted);
  return found;
}

/**
 * The rule as it applies in a country: the baseline row, with the country pack's override
 * (and its source) where that country sets its own figure. A journey names the version of the
 * country pack it started with, so that a later version changes only journeys that start after it.
 */
export function resolveRule(pack: RulePack, country: string, ruleId: RuleId, countryPackVersion?: number): ResolvedRule {
  const baseline = pack.rules.find((rule) => rule.id === ruleId);
  if (!baseline) throw new UnknownRuleError(pack, ruleId);
  const countryCode = country.toUpperCase();
  const countryPack = countryPackOf(pack, countryCode, countryPackVersion);
  const override = countryPack?.overrides.find((candidate) => candidate.ruleId === ruleId);
  if (!countryPack || !override) return { ...baseline, rulePack: `${pack.id}@${pack.version}`, country: countryCode };
  const { ruleId: _ruleId, ...changes } = override;
  return { ...baseline, ...changes, rulePack: `${countryPack.id}@${countryPack.version}`, country: countryCode };
}
