import { Provider } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { Keyring } from '@harbour/persistence';
import { JusticeConfig, justiceSettings } from '../justice-config';
import { EmailChannel } from './channels/email-channel';
import { NOTIFICATION_CHANNELS, NotificationChannel } from './channels/notification-channel';
import { ProviderOutboxChannel } from './channels/provider-outbox-channel';

/** E-mail through the configured SMTP server; SMS and letters handed to their providers' outboxes. */
export const notificationChannelsProvider: Provider = {
  provide: NOTIFICATION_CHANNELS,
  useFactory: (config: JusticeConfig, connection: Connection, keyring: Keyring): NotificationChannel[] => {
    const { smtp, mailFrom } = justiceSettings(config);
    return [
      new EmailChannel({ host: smtp.host, port: smtp.port, from: mailFrom }),
      new ProviderOutboxChannel('sms', connection, keyring),
      new ProviderOutboxChannel('letter', connection, keyring),
    ];
  },
  inject: [JusticeConfig, getConnectionToken(), Keyring],
};
