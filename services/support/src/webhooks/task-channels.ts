import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Keyring } from '@harbour/persistence';
import { ORGANISATION_MODEL, OrganisationRecord } from '../directory/organisation.schema';

export type TaskChannelChoice = { channel: 'inbox' } | { channel: 'webhook'; url: string; secret: string };

export interface WebhookTarget {
  url: string;
  secret: string;
}

/** The keyring keeps each organisation's webhook secret under a data key of its own. */
const secretKeyId = (organisationId: string) => `organisation-webhook:${organisationId}`;

/** How each organisation takes its tasks; the webhook secret is stored encrypted and only read to sign. */
@Injectable()
export class TaskChannels {
  constructor(
    @InjectModel(ORGANISATION_MODEL) private readonly organisations: Model<OrganisationRecord>,
    private readonly keyring: Keyring,
  ) {}

  /** False when the organisation is not in the directory. */
  async choose(organisationId: string, choice: TaskChannelChoice): Promise<boolean> {
    const update =
      choice.channel === 'webhook'
        ? { $set: { taskChannel: 'webhook', webhook: { url: choice.url, encryptedSecret: await this.keyring.encrypt(secretKeyId(organisationId), choice.secret) } } }
        : { $set: { taskChannel: 'inbox' }, $unset: { webhook: '' } };
    const { matchedCount } = await this.organisations.updateOne({ _id: organisationId }, update);
    return matchedCount === 1;
  }

  /** Where and with what secret the organisation's tasks are sent; undefined when it takes them in its inbox. */
  async webhookOf(organisationId: string): Promise<WebhookTarget | undefined> {
    const record = await this.organisations.findById(organisationId, { taskChannel: 1, webhook: 1 }).lean<OrganisationRecord>();
    if (record?.taskChannel !== 'webhook' || !record.webhook) return undefined;
    return { url: record.webhook.url, secret: await this.keyring.decrypt(secretKeyId(organisationId), record.webhook.encryptedSecret) };
  }
}
