import { DemoDirectory } from './demo-directory';
import { explainMatching, matchOrganisations } from './match-organisations';
import { Organisation } from './organisation';

const ids = (matches: ReturnType<typeof matchOrganisations>) => matches.map((m) => m.organisation.id);
/** The demo directory with every place open. */
const directory: Organisation[] = DemoDirectory.map((entry) => ({ ...entry, openPlaces: entry.capacity, taskChannel: 'inbox' }));

describe(matchOrganisations.name, () => {
  const need = { country: 'BE', language: 'ro', specialism: 'labour-exploitation' as const };

  it('offers a labour-exploitation victim who speaks Romanian to the specialist who speaks it first, the helpline last', () => {
    expect(ids(matchOrganisations(directory, need))).toEqual(['be-harbourline-antwerp', 'be-lighthouse-brussels', 'be-116006-helpline']);
  });

  it('never offers to an organisation in another country or outside the specialism', () => {
    const matched = ids(matchOrganisations(directory, need));
    expect(matched).not.toContain('nl-anchor-rotterdam');
    expect(matched).not.toContain('be-safe-passage-liege');
  });

  it('leaves out organisations already asked, down to nothing', () => {
    expect(ids(matchOrganisations(directory, need, ['be-harbourline-antwerp']))).toEqual(['be-lighthouse-brussels', 'be-116006-helpline']);
    expect(matchOrganisations(directory, need, ['be-harbourline-antwerp', 'be-lighthouse-brussels', 'be-116006-helpline'])).toEqual([]);
  });

  it('leaves out an organisation with no open place, and says so', () => {
    const full = directory.map((org) => (org.id === 'be-harbourline-antwerp' ? { ...org, openPlaces: 0 } : org));
    const { matches, skipped } = explainMatching(full, need);
    expect(ids(matches)[0]).toBe('be-lighthouse-brussels');
    expect(skipped).toContainEqual({ organisationId: 'be-harbourline-antwerp', reason: 'at capacity: all 4 place(s) taken' });
  });

  it('offers a child only to organisations ready for children', () => {
    const { matches, skipped } = explainMatching(directory, { country: 'BE', language: 'fr', specialism: 'sexual-exploitation', child: true });
    expect(ids(matches)).toEqual(['be-safe-passage-liege', 'be-116006-helpline']);
    expect(skipped).toContainEqual({ organisationId: 'be-harbourline-antwerp', reason: 'not ready to support children' });
    expect(matches[0].reasons).toContain('ready to support children');
  });

  it('explains each match, and why each other organisation of the country is left out', () => {
    const { matches, skipped } = explainMatching(directory, need, ['be-lighthouse-brussels']);
    expect(matches[0].reasons).toEqual(['works in BE (Flanders)', 'specialised in labour-exploitation', 'speaks ro', '4 open place(s)']);
    expect(skipped).toEqual([
      { organisationId: 'be-lighthouse-brussels', reason: 'already asked in this hand-off' },
      { organisationId: 'be-safe-passage-liege', reason: 'not specialised in labour-exploitation' },
    ]);
  });
});
