/**
 * Closed vocabularies of the justice API. They stay in the service: no event carries them
 * (the hearing fact only says whether an interpreter is needed).
 */
export const HearingKinds = ['interview', 'hearing'] as const;
export type HearingKind = (typeof HearingKinds)[number];

/** Measures a victim with specific protection needs may ask for at an interview or hearing (VRD Art 23). */
export const HearingArrangements = ['video-hearing', 'separate-waiting-room', 'facility-dog'] as const;
export type HearingArrangement = (typeof HearingArrangements)[number];

export const ArrangementRefusalReasons = ['not-available-at-court', 'judge-refused', 'request-too-late', 'not-needed', 'other'] as const;
export type ArrangementRefusalReason = (typeof ArrangementRefusalReasons)[number];

/** Channels justice can send a victim's notifications on, each with its own adapter. */
export const NotificationChannels = ['email', 'sms', 'letter'] as const;
export type NotificationChannelName = (typeof NotificationChannels)[number];
