import { BadRequestException, Injectable } from '@nestjs/common';
import { NotificationPreferencesRecordedEvent } from '@harbour/contracts';
import { Keyring } from '@harbour/persistence';
import { AuditLog } from '@harbour/security';
import { justiceFact } from '../facts/justice-fact';
import { NotificationTemplates } from '../notifications/notification-templates';
import { NotificationPreferencesDto } from './notification-preferences.dto';
import { NotificationPreferencesRepository } from './notification-preferences.repository';

export interface RecordNotificationPreferencesCommand {
  journeyId: string;
  choices: NotificationPreferencesDto;
  recordedBy: string;
  /** The recorder's part in the journey. */
  basis: string;
}

/**
 * Records what the victim wants to be told, in which language and where. The fact says only
 * what they want and the language: the channel's address stays here, encrypted.
 */
@Injectable()
export class RecordNotificationPreferences {
  constructor(
    private readonly preferences: NotificationPreferencesRepository,
    private readonly templates: NotificationTemplates,
    private readonly keyring: Keyring,
    private readonly audit: AuditLog,
  ) {}

  async execute({ journeyId, choices, recordedBy, basis }: RecordNotificationPreferencesCommand): Promise<{ journeyId: string; recordedAt: string }> {
    if (!this.templates.has(choices.language)) {
      throw new BadRequestException(`language ${choices.language} has no notification texts yet; available: ${this.templates.languages.join(', ')}`);
    }
    const recordedAt = new Date();
    const fact = justiceFact(NotificationPreferencesRecordedEvent, journeyId, recordedAt, {
      wantsCaseUpdates: choices.wantsCaseUpdates,
      wantsReleaseNotices: choices.wantsReleaseNotices,
      language: choices.language,
      recordedAt: recordedAt.toISOString(),
    });
    const replaced = await this.preferences.replace(
      {
        journeyId,
        wantsCaseUpdates: choices.wantsCaseUpdates,
        wantsReleaseNotices: choices.wantsReleaseNotices,
        language: choices.language,
        ...(choices.channel ? { channel: choices.channel } : {}),
        channelMarkedSafe: choices.channelMarkedSafe ?? false,
        ...(choices.address ? { encryptedAddress: await this.keyring.encrypt(journeyId, choices.address) } : {}),
        recordedAt,
        recordedBy,
        basis,
      },
      fact,
    );
    // Where the victim is told of the trial and of the offender's release: every change is in the audit log.
    const action = replaced ? 'notification-preferences.changed' : 'notification-preferences.recorded';
    await this.audit.record({ actor: recordedBy, action, resource: `notification-preferences/${journeyId}`, journeyId });
    return { journeyId, recordedAt: recordedAt.toISOString() };
  }
}
