/**
 * What a victim may say of their residency or immigration status. Personal and sensitive: kept
 * in reporting only, encrypted, shown to ResidencyStatusReaders only, never in an event (so it
 * lives here and not in the shared contracts).
 */
export const ResidencyStatuses = [
  'eu-citizen',
  'long-term-resident',
  'temporary-permit',
  'asylum-seeker',
  'no-permit',
  'other',
  'prefers-not-to-say',
] as const;
export type ResidencyStatus = (typeof ResidencyStatuses)[number];
