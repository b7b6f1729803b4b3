import { Role } from './roles';

/** Who is calling, as established from a verified token. */
export interface Principal {
  subject: string;
  roles: Role[];
  /** The organisation the caller acts for; always present for organisation-bound roles. */
  organisationId?: string;
}

/** Organisation ids as used across Harbour's contracts, e.g. `be-payoke`. */
export const ORGANISATION_ID = /^[a-z0-9-]{2,64}$/;
