import { DemoDirectory } from './demo-directory';
import { matchOrganisations } from './match-organisations';
import { Organisation } from './organisation';

const ids = (matches: ReturnType<typeof matchOrganisations>) => matches.map((m) => m.organisation.id);

describe(matchOrganisations.name, () => {
  const need = { country: 'BE', language: 'ro', specialism: 'labour-exploitation' as const };

  it('offers a labour-exploitation victim who speaks Romanian to the specialist who speaks it first, the helpline last', () => {
    expect(ids(matchOrganisations(DemoDirectory, need))).toEqual(['be-harbourline-antwerp', 'be-lighthouse-brussels', 'be-116006-helpline']);
  });

  it('never offers to an organisation in another country or outside the specialism', () => {
    const matched = ids(matchOrganisations(DemoDirectory, need));
    expect(matched).not.toContain('nl-anchor-rotterdam');
    expect(matched).not.toContain('be-safe-passage-liege');
  });

  it('leaves out organisations already asked, down to nothing', () => {
    expect(ids(matchOrganisations(DemoDirectory, need, ['be-harbourline-antwerp']))).toEqual(['be-lighthouse-brussels', 'be-116006-helpline']);
    expect(matchOrganisations(DemoDirectory, need, ['be-harbourline-antwerp', 'be-lighthouse-brussels', 'be-116006-helpline'])).toEqual([]);
  });

  it('leaves out an organisation with no open place', () => {
    const full: Organisation[] = DemoDirectory.map((org) => (org.id === 'be-harbourline-antwerp' ? { ...org, capacity: 0 } : org));
    expect(ids(matchOrganisations(full, need))[0]).toBe('be-lighthouse-brussels');
  });

  it('explains each match', () => {
    const [best] = matchOrganisations(DemoDirectory, need);
    expect(best.reasons).toEqual(['works in BE (Flanders)', 'specialised in labour-exploitation', 'speaks ro', '4 open place(s)']);
  });
});
