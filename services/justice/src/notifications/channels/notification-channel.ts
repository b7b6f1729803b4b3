import { NotificationChannelName } from '../../justice-vocabulary';

/** One message to one victim, in memory only: its address and text are never stored in clear or logged. */
export interface OutgoingNotification {
  /** The milestone it tells of; channels use it as their idempotency reference. */
  milestoneId: string;
  journeyId: string;
  to: string;
  language: string;
  subject: string;
  text: string;
}

/** What the channel's server or provider answered when it took the message: the evidence kept. */
export interface DeliveryReceipt {
  providerMessageId: string;
  providerResponse: string;
  acceptedAt: Date;
  /**
   * The message was only queued with a provider (an SMS gateway, a postal service): it is not
   * delivered until the provider's own receipt comes back (see RecordProviderReceipt).
   */
  awaitsProviderReceipt?: true;
}

/** A way to reach a victim. `send` resolves only once the server or provider has taken the message, and throws otherwise. */
export interface NotificationChannel {
  readonly name: NotificationChannelName;
  send(message: OutgoingNotification): Promise<DeliveryReceipt>;
}

/** The channels the dispatcher may use, one per name (see JusticeModule). */
export const NOTIFICATION_CHANNELS = Symbol('harbour.justice.notification-channels');

/** A failure a channel reports with a code, so the notification shows why without quoting an address. */
export class ChannelFailure extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'ChannelFailure';
  }
}
