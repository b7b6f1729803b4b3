import { Connection } from 'mongoose';
import { Keyring } from '@harbour/persistence';
import { DeliveryReceipt, NotificationChannel, OutgoingNotification } from './notification-channel';

export interface ProviderOutboxRecord {
  _id: string;
  channel: 'sms' | 'letter';
  journeyId: string;
  encryptedTo: string;
  encryptedText: string;
  language: string;
  queuedAt: Date;
}

/**
 * The adapter where an SMS gateway or a postal (hybrid mail) provider plugs in: it hands the
 * message, encrypted, to the collection `provider_outbox_<channel>`, from which the provider's
 * connector sends it and reports back through the provider receipts route. The hand-over only
 * queues the message: the notification stays `queued`, never delivered, until the provider's
 * receipt says it reached the victim. Until a provider is connected for a country, messages wait
 * there: this is a deployment's integration point, not a stand-in used by tests.
 */
export class ProviderOutboxChannel implements NotificationChannel {
  constructor(
    readonly name: 'sms' | 'letter',
    private readonly connection: Connection,
    private readonly keyring: Keyring,
  ) {}

  async send(message: OutgoingNotification): Promise<DeliveryReceipt> {
    const outbox = providerOutbox(this.connection, this.name);
    const record: ProviderOutboxRecord = {
      // One hand-over per milestone: a retried send finds the first.
      _id: message.milestoneId,
      channel: this.name,
      journeyId: message.journeyId,
      encryptedTo: await this.keyring.encrypt(message.journeyId, message.to),
      encryptedText: await this.keyring.encrypt(message.journeyId, `${message.subject}\n\n${message.text}`),
      language: message.language,
      queuedAt: new Date(),
    };
    await outbox.updateOne({ _id: record._id }, { $setOnInsert: record }, { upsert: true });
    const stored = await outbox.findOne({ _id: record._id });
    return {
      providerMessageId: record._id,
      providerResponse: `queued for the ${this.name} provider`,
      acceptedAt: stored?.queuedAt ?? record.queuedAt,
      awaitsProviderReceipt: true,
    };
  }
}

/** The collection a provider's connector reads its channel's messages from. */
export function providerOutbox(connection: Connection, channel: 'sms' | 'letter') {
  return connection.collection<ProviderOutboxRecord>(`provider_outbox_${channel}`);
}
