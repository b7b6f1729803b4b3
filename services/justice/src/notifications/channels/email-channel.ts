import { createTransport, Transporter } from 'nodemailer';
import { ChannelFailure, DeliveryReceipt, NotificationChannel, OutgoingNotification } from './notification-channel';

export interface EmailChannelOptions {
  host: string;
  port: number;
  from: string;
}

/** E-mail through an SMTP server; the receipt is the Message-ID and the server's answer to the message. */
export class EmailChannel implements NotificationChannel {
  readonly name = 'email' as const;
  private readonly transport: Transporter;

  constructor(private readonly options: EmailChannelOptions) {
    this.transport = createTransport({ host: options.host, port: options.port, secure: false, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  }

  async send(message: OutgoingNotification): Promise<DeliveryReceipt> {
    let info: { messageId: string; response?: string; rejected?: unknown[] };
    try {
      info = await this.transport.sendMail({
        from: this.options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        headers: { 'Content-Language': message.language, 'X-Harbour-Milestone': message.milestoneId },
      });
    } catch (error) {
      const { code, responseCode } = error as { code?: string; responseCode?: number };
      throw new ChannelFailure(`smtp-${responseCode ?? code ?? 'error'}`, 'the SMTP server did not take the message');
    }
    if (info.rejected && info.rejected.length > 0) throw new ChannelFailure('smtp-rejected', 'the SMTP server rejected the recipient');
    return { providerMessageId: info.messageId, providerResponse: info.response ?? '', acceptedAt: new Date() };
  }

  close(): void {
    this.transport.close();
  }
}
