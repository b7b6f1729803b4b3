/** The journey's protection-order-expiry clock reached the order's end date. */
export interface ExpireOrderCommand {
  journeyId: string;
  orderId: string;
  /** The end date the clock ran to; an order renewed past it is left alone. */
  at: string;
}

/** One of the clock's reminders before the order's end date is due. */
export interface RemindOrderRenewalCommand {
  journeyId: string;
  orderId: string;
  /** When the reminder was due; the idempotency key of the reminder on its order. */
  dueAt: string;
}

/** Activities the protection service serves on the `protection` task queue. Both are idempotent. */
export interface ProtectionActivities {
  expireOrder(command: ExpireOrderCommand): Promise<void>;
  remindOrderRenewal(command: RemindOrderRenewalCommand): Promise<void>;
}
