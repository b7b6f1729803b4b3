import { Connection } from 'mongoose';
import { Keyring } from '@harbour/persistence';
import { DeliveryReceipt, NotificationChannel, OutgoingNotification } from './notification-channel';

interface ProviderOutboxRecord {
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
 * connector sends it and reports back. Its receipt is that hand-over. Until a provider is
 * connected for a country, messages wait there: this is a deployment's integration point, not
 * a stand-in used by tests.
 */
export class ProviderOutboxChannel implements NotificationChannel {
  constructor(
    readonly name: 'sms' | 'letter',
    private readonly connection: Connection,
    private readonly keyring: Keyring,
  ) {}

  async send(message: OutgoingNotification): Promise<DeliveryReceipt> {
    const outbox = this.connection.collection<ProviderOutboxRecord>(`provider_outbox_${this.name}`);
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
    return { providerMessageId: record._id, providerResponse: `queued for the ${this.name} provider`, acceptedAt: stored?.queuedAt ?? record.queuedAt };
  }
}
