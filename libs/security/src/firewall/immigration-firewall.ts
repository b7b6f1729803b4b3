import { ImmigrationOffenceCategories, NonPunishmentOffenceCategory } from '@harbour/contracts';
import { Principal } from '../principal';
import { ResidencyStatusReaders, Role } from '../roles';

/**
 * Roles that enforce the law against people (police among first responders, prosecution).
 * Whatever other roles a token holds, one of these keeps immigration data from it, so that
 * victims can come forward without fear of their status being used against them.
 */
export const EnforcementRoles: readonly Role[] = ['first-responder', 'prosecutor-liaison'];

export function holdsEnforcementRole(principal: Pick<Principal, 'roles'>): boolean {
  return principal.roles.some((role) => EnforcementRoles.includes(role));
}

/** Residency status and immigration-related categories: only a helping role, and never a token that also enforces. */
export function mayReadImmigrationData(principal: Pick<Principal, 'roles'>): boolean {
  return !holdsEnforcementRole(principal) && principal.roles.some((role) => ResidencyStatusReaders.includes(role));
}

/**
 * The offence category as the caller may see it: an immigration or document-fraud category is
 * left out for enforcement roles, who learn only that a presumed victim is suspected of an
 * offence linked to the trafficking.
 */
export function offenceCategorySeenBy(principal: Pick<Principal, 'roles'>, category: NonPunishmentOffenceCategory | undefined): NonPunishmentOffenceCategory | undefined {
  if (category === undefined || !ImmigrationOffenceCategories.includes(category)) return category;
  return holdsEnforcementRole(principal) ? undefined : category;
}
