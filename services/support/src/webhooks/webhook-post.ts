import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { assertPublicHost, checkedLookup, ForbiddenWebhookAddressError, WebhookAddressPolicy } from './webhook-address';

/**
 * What a tenant is told of a try: the class of the answer, never the network error (which could
 * tell what stands at an address inside the network).
 */
export type DeliveryOutcomeClass = 'HTTP 2xx' | 'HTTP 3xx' | 'HTTP 4xx' | 'HTTP 5xx' | 'timeout' | 'network error' | 'address refused';

export type PostResult = { ok: true } | { ok: false; outcome: DeliveryOutcomeClass; detail: string };

class WebhookTimeout extends Error {}

/** Posts one signed body; redirects are not followed, the connection goes only to a checked public address. */
export async function postWebhook(target: string, headers: Record<string, string>, body: string, timeoutMs: number, policy: WebhookAddressPolicy): Promise<PostResult> {
  const url = new URL(target);
  try {
    await assertPublicHost(url, policy);
    const status = await send(url, headers, body, timeoutMs, policy);
    if (status >= 200 && status < 300) return { ok: true };
    return { ok: false, outcome: `HTTP ${Math.min(5, Math.floor(status / 100))}xx` as DeliveryOutcomeClass, detail: `HTTP ${status}` };
  } catch (error) {
    if (error instanceof ForbiddenWebhookAddressError) return { ok: false, outcome: 'address refused', detail: error.message };
    if (error instanceof WebhookTimeout) return { ok: false, outcome: 'timeout', detail: `no answer within ${timeoutMs} ms` };
    return { ok: false, outcome: 'network error', detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}

function send(url: URL, headers: Record<string, string>, body: string, timeoutMs: number, policy: WebhookAddressPolicy): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      { method: 'POST', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }, lookup: checkedLookup(policy), timeout: timeoutMs },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('timeout', () => request.destroy(new WebhookTimeout()));
    request.on('error', reject);
    request.end(body);
  });
}
