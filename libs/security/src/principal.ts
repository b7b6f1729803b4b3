import { Role } from './roles';

/** Who is calling, as established from a verified token. */
export interface Principal {
  subject: string;
  roles: Role[];
  /** The organisation the caller acts for; always present for organisation-bound roles. */
  organisationId?: string;
  /** The country whose journeys the caller oversees (ISO 3166-1 alpha-2), for country-scoped roles such as operations. */
  country?: string;
}

/** Country codes as tokens carry them, e.g. `BE`. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Organisation ids as used across Harbour's contracts, e.g. `be-payoke`. */
export const ORGANISATION_ID = /^[a-z0-9-]{2,64}$/;
