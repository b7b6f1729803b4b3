import { ResolvedRule, RuleId, RulePack } from './rule';

export class UnknownRuleError extends Error {
  constructor(pack: RulePack, ruleId: string) {
    super(`rule '${ruleId}' is not in rule pack ${pack.id}@${pack.version}`);
    this.name = 'UnknownRuleError';
  }
}

/**
 * The rule as it applies in a country: the baseline row, with the country pack's override
 * (and its source) where that country sets its own figure.
 */
export function resolveRule(pack: RulePack, country: string, ruleId: RuleId): ResolvedRule {
  const baseline = pack.rules.find((rule) => rule.id === ruleId);
  if (!baseline) throw new UnknownRuleError(pack, ruleId);
  const countryCode = country.toUpperCase();
  const countryPack = pack.countryPacks.find((candidate) => candidate.country === countryCode);
  const override = countryPack?.overrides.find((candidate) => candidate.ruleId === ruleId);
  if (!countryPack || !override) return { ...baseline, rulePack: `${pack.id}@${pack.version}`, country: countryCode };
  const { ruleId: _ruleId, ...changes } = override;
  return { ...baseline, ...changes, rulePack: `${countryPack.id}@${countryPack.version}`, country: countryCode };
}
