/** What a victim may need from their support organisation: codes, so plans can be compared and counted. */
export const SupportNeedCodes = [
  'safe-accommodation',
  'medical-care',
  'psychological-support',
  'legal-advice',
  'interpretation',
  'material-assistance',
  'education-and-training',
  'employment',
  'family-contact',
  'safe-return',
] as const;
export type SupportNeedCode = (typeof SupportNeedCodes)[number];
