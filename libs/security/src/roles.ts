import { HarbourRole, HarbourRoles } from '@harbour/contracts';

// The roles are vocabulary the contracts share (a task names the role that acts).
export { HarbourRoles };

export type Role = HarbourRole;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (HarbourRoles as readonly string[]).includes(value);
}

/** Roles that act on behalf of one organisation, so their tokens must name it. */
export const OrganisationBoundRoles: readonly Role[] = ['support-case-worker'];

/**
 * Roles that may read a victim's residency or immigration status: those who need it to help.
 * Enforcement-facing roles (police among first responders, prosecution) never do, so that
 * victims can come forward without fear of their status being used against them.
 */
export const ResidencyStatusReaders: readonly Role[] = ['support-case-worker', 'nrm-decision-maker'];
