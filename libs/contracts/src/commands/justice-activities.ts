/** The journey asks justice to tell the prosecution that a suspect is a presumed victim. */
export interface NotifyProsecutionOfNonPunishmentCommand {
  journeyId: string;
  /** The non-punishment flag; also the idempotency key: a retried activity tells the prosecution once. */
  flagId: string;
}

export interface NonPunishmentNotice {
  flagId: string;
  notifiedAt: string;
}

/** Activities the justice service serves on the `justice` task queue. */
export interface JusticeActivities {
  notifyProsecutionOfNonPunishment(command: NotifyProsecutionOfNonPunishmentCommand): Promise<NonPunishmentNotice>;
}
