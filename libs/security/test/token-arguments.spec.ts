import { parseTokenArguments } from '../src/cli/token-arguments';

describe('npm run token arguments', () => {
  it('reads roles, organisation, subject and lifetime', () => {
    expect(parseTokenArguments(['--role', 'support-case-worker', '--org', 'be-payoke', '--sub', 'alice', '--ttl', '900'])).toEqual({
      subject: 'alice',
      roles: ['support-case-worker'],
      organisationId: 'be-payoke',
      ttlSeconds: 900,
    });
  });

  it('reads the country an operations analyst oversees', () => {
    expect(parseTokenArguments(['--role', 'operations-analyst', '--country', 'BE'])).toEqual({
      subject: 'dev-operations-analyst',
      roles: ['operations-analyst'],
      country: 'BE',
    });
  });

  it('names the subject after the first role when none is given', () => {
    expect(parseTokenArguments(['--role', 'auditor', '--role', 'operations-analyst'])).toEqual({
      subject: 'dev-auditor',
      roles: ['auditor', 'operations-analyst'],
    });
  });

  it.each([
    [[], 'at least one --role is required'],
    [['--role', 'admin'], "'admin' is not a Harbour role"],
    [['--role'], '--role needs a value'],
    [['--role', 'auditor', '--ttl', '-5'], '--ttl must be a positive number of seconds'],
    [['--role', 'auditor', '--ttl', '1h'], '--ttl must be a positive number of seconds'],
    [['--role', 'auditor', '--scope', 'all'], "unknown argument '--scope'"],
  ])('refuses %j', (argv, message) => {
    expect(() => parseTokenArguments(argv)).toThrow(message);
  });
});
