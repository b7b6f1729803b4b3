import { HarbourRoles, isRole } from '../roles';
import { DevelopmentTokenRequest } from '../tokens/issue-development-token';

export const TOKEN_USAGE = `usage: npm run token -- --role <role> [--role <role>…] [--org <organisation-id>] [--country <ISO 3166-1 alpha-2>] [--sub <subject>] [--ttl <seconds>]
roles: ${HarbourRoles.join(', ')}`;

const OPTIONS = ['--role', '--org', '--country', '--sub', '--ttl'] as const;

/** Reads the token command's arguments; throws with the first thing that is wrong. */
export function parseTokenArguments(argv: readonly string[]): DevelopmentTokenRequest {
  const roles: DevelopmentTokenRequest['roles'] = [];
  const single: Partial<Record<'--org' | '--country' | '--sub' | '--ttl', string>> = {};
  for (let index = 0; index < argv.length; index += 2) {
    const [name, value] = [argv[index], argv[index + 1]];
    if (!(OPTIONS as readonly string[]).includes(name)) throw new Error(`unknown argument '${name}'`);
    if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
    if (name === '--role') {
      if (!isRole(value)) throw new Error(`'${value}' is not a Harbour role`);
      roles.push(value);
    } else {
      single[name as keyof typeof single] = value;
    }
  }
  if (roles.length === 0) throw new Error('at least one --role is required');
  const ttl = single['--ttl'];
  if (ttl !== undefined && !/^[1-9][0-9]*$/.test(ttl)) throw new Error('--ttl must be a positive number of seconds');
  return {
    subject: single['--sub'] ?? `dev-${roles[0]}`,
    roles,
    ...(single['--org'] === undefined ? {} : { organisationId: single['--org'] }),
    ...(single['--country'] === undefined ? {} : { country: single['--country'] }),
    ...(ttl === undefined ? {} : { ttlSeconds: Number(ttl) }),
  };
}
