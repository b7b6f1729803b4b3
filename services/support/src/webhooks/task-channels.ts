import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Model } from 'mongoose';
import { Keyring } from '@harbour/persistence';
import { AuditLog, Principal } from '@harbour/security';
import { ORGANISATION_MODEL, OrganisationRecord, TaskChannelChange } from '../directory/organisation.schema';
import { SupportConfig } from '../support-config';
import { assertPublicHost, ForbiddenWebhookAddressError, webhookUrlProblem } from './webhook-address';

export type TaskChannelChoice = { channel: 'inbox' } | { channel: 'webhook'; url: string; secret: string };

export interface WebhookTarget {
  url: string;
  secret: string;
}

/** The keyring keeps each organisation's webhook secret under a data key of its own. */
const secretKeyId = (organisationId: string) => `organisation-webhook:${organisationId}`;

/**
 * How each organisation takes its tasks; the webhook secret is stored encrypted and only read to
 * sign. A webhook must be an https URL whose host resolves to public addresses only. Every change
 * keeps the channel it replaces (who, when, on which basis), refuses to overwrite a change made
 * meanwhile, and is audited.
 */
@Injectable()
export class TaskChannels {
  constructor(
    @InjectModel(ORGANISATION_MODEL) private readonly organisations: Model<OrganisationRecord>,
    private readonly keyring: Keyring,
    private readonly config: SupportConfig,
    private readonly audit: AuditLog,
  ) {}

  /** False when the organisation is not in the directory. */
  async choose(organisationId: string, choice: TaskChannelChoice, principal: Principal): Promise<boolean> {
    if (choice.channel === 'webhook') await this.assertReceiver(choice.url);
    const current = await this.organisations.findById(organisationId, { taskChannel: 1, webhook: 1 }).lean<OrganisationRecord>();
    if (!current) return false;
    const change: TaskChannelChange = {
      changedAt: new Date(),
      changedBy: principal.subject,
      basis: `support-case-worker of ${organisationId}`,
      from: { channel: current.taskChannel, ...(current.webhook ? { url: current.webhook.url } : {}) },
      to: { channel: choice.channel, ...(choice.channel === 'webhook' ? { url: choice.url } : {}), newSecret: choice.channel === 'webhook' },
    };
    const channel =
      choice.channel === 'webhook'
        ? { $set: { taskChannel: 'webhook', webhook: { url: choice.url, encryptedSecret: await this.keyring.encrypt(secretKeyId(organisationId), choice.secret) } } }
        : { $set: { taskChannel: 'inbox' }, $unset: { webhook: '' } };
    // Guarded by the channel as read: a change made meanwhile is not overwritten unseen.
    const unchanged = { _id: organisationId, taskChannel: current.taskChannel, 'webhook.url': current.webhook?.url ?? mongoose.trusted({ $exists: false }) };
    const { matchedCount } = await this.organisations.updateOne(unchanged, { ...channel, $push: { taskChannelHistory: change } });
    if (matchedCount !== 1) throw new ConflictException(`the task channel of ${organisationId} was changed meanwhile; read it again`);
    await this.audit.record({ actor: principal.subject, action: 'task-channel.changed', resource: `organisation/${organisationId}/task-channel` });
    return true;
  }

  /** The changes of the organisation's task channel, oldest first. */
  async historyOf(organisationId: string): Promise<TaskChannelChange[] | undefined> {
    const record = await this.organisations.findById(organisationId, { taskChannelHistory: 1 }).lean<OrganisationRecord>();
    return record ? (record.taskChannelHistory ?? []) : undefined;
  }

  /** Where and with what secret the organisation's tasks are sent; undefined when it takes them in its inbox. */
  async webhookOf(organisationId: string): Promise<WebhookTarget | undefined> {
    const record = await this.organisations.findById(organisationId, { taskChannel: 1, webhook: 1 }).lean<OrganisationRecord>();
    if (record?.taskChannel !== 'webhook' || !record.webhook) return undefined;
    return { url: record.webhook.url, secret: await this.keyring.decrypt(secretKeyId(organisationId), record.webhook.encryptedSecret) };
  }

  private async assertReceiver(url: string): Promise<void> {
    const policy = this.config.webhookAddressPolicy;
    const problem = webhookUrlProblem(url, policy);
    if (problem) throw new BadRequestException(problem);
    try {
      await assertPublicHost(new URL(url), policy);
    } catch (error) {
      if (error instanceof ForbiddenWebhookAddressError) throw new BadRequestException(error.message);
      throw new BadRequestException(`webhook host ${new URL(url).hostname} does not resolve`);
    }
  }
}
