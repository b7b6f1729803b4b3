import { NonPunishmentOffenceCategories, PublishableOffenceCategories } from '@harbour/contracts';
import { HarbourRoles, mayReadImmigrationData, offenceCategorySeenBy, Role } from '../src';

/** Who helps with residency matters, and who enforces: written out here, not read from the code under test. */
const helping: Role[] = ['support-case-worker', 'nrm-decision-maker'];
const enforcing: Role[] = ['first-responder', 'prosecutor-liaison'];

const single = HarbourRoles.map((role) => ({ roles: [role] as Role[] }));
const pairs = HarbourRoles.flatMap((first, index) => HarbourRoles.slice(index + 1).map((second) => ({ roles: [first, second] as Role[] })));

describe('the immigration firewall', () => {
  it.each([...single, ...pairs])('residency status for a token holding $roles', ({ roles }) => {
    const expected = roles.some((role) => helping.includes(role)) && !roles.some((role) => enforcing.includes(role));
    expect(mayReadImmigrationData({ roles })).toBe(expected);
  });

  it.each([...single, ...pairs])('immigration and document-fraud categories for a token holding $roles', ({ roles }) => {
    const enforces = roles.some((role) => enforcing.includes(role));
    expect(offenceCategorySeenBy({ roles }, 'immigration')).toBe(enforces ? undefined : 'immigration');
    expect(offenceCategorySeenBy({ roles }, 'document-fraud')).toBe(enforces ? undefined : 'document-fraud');
    // Other categories are what the prosecution needs to apply the non-punishment principle.
    expect(offenceCategorySeenBy({ roles }, 'drug-production')).toBe('drug-production');
    expect(offenceCategorySeenBy({ roles }, undefined)).toBeUndefined();
  });

  it('never lets a fact carry an immigration-related category', () => {
    expect(NonPunishmentOffenceCategories.filter((category) => !(PublishableOffenceCategories as readonly string[]).includes(category))).toEqual(['immigration', 'document-fraud']);
  });
});
