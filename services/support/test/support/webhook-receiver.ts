import { once } from 'node:events';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { verifyWebhookSignature, WebhookHeaders } from '../../src/webhooks/webhook-signature';

/** What a receiver saw: every request, and the task ids it acknowledged with a 2xx. */
export interface ReceivedWebhook {
  taskId: string;
  deliveryId: string;
  body: { taskId: string; organisationId: string; task: { referralId: string } };
  status: number;
}

/**
 * A support organisation's webhook endpoint on 127.0.0.1: verifies each request's signature as
 * a real receiver would, and answers with whatever `respond` says (e.g. 503 while "down").
 * `stop()` closes the port so that connections are refused; `start()` opens it again.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  respond: () => number = () => 200;
  private server?: Server;
  private port = 0;

  constructor(private readonly secret: string) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/harbour/tasks`;
  }

  /** Task ids acknowledged with a 2xx, as often as each was. */
  get acknowledged(): string[] {
    return this.received.filter((request) => request.status < 300).map((request) => request.taskId);
  }

  async start(): Promise<void> {
    const server = createServer((request, response) => {
      void this.handle(request).then((status) => response.writeHead(status).end());
    });
    server.listen(this.port, '127.0.0.1');
    await once(server, 'listening');
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  private async handle(request: IncomingMessage): Promise<number> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const header = (name: string) => String(request.headers[name.toLowerCase()] ?? '');
    const verified = verifyWebhookSignature({ header: header(WebhookHeaders.signature), body: raw, secret: this.secret });
    const status = verified.ok ? this.respond() : 401;
    this.received.push({ taskId: header(WebhookHeaders.taskId), deliveryId: header(WebhookHeaders.deliveryId), body: JSON.parse(raw), status });
    return status;
  }
}
