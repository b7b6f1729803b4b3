/** Every role Harbour grants (ARCHITECTURE.md §6); `service` is for machine clients. Tasks name the roles that act. */
export const HarbourRoles = [
  'first-responder',
  'nrm-decision-maker',
  'support-case-worker',
  'protection-officer',
  'prosecutor-liaison',
  'compensation-officer',
  'operations-analyst',
  'auditor',
  'service',
] as const;

export type HarbourRole = (typeof HarbourRoles)[number];
