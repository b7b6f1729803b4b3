import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** Why an address is not a receiver on the internet. */
export type ForbiddenAddressKind = 'loopback' | 'private' | 'link-local' | 'reserved';

const RANGES: Array<[ForbiddenAddressKind, 'ipv4' | 'ipv6', string, number]> = [
  ['loopback', 'ipv4', '127.0.0.0', 8],
  ['loopback', 'ipv6', '::1', 128],
  ['private', 'ipv4', '10.0.0.0', 8],
  ['private', 'ipv4', '172.16.0.0', 12],
  ['private', 'ipv4', '192.168.0.0', 16],
  ['private', 'ipv4', '100.64.0.0', 10],
  ['private', 'ipv6', 'fc00::', 7],
  ['link-local', 'ipv4', '169.254.0.0', 16],
  ['link-local', 'ipv6', 'fe80::', 10],
  ['reserved', 'ipv4', '0.0.0.0', 8],
  ['reserved', 'ipv4', '192.0.0.0', 24],
  ['reserved', 'ipv4', '192.0.2.0', 24],
  ['reserved', 'ipv4', '198.18.0.0', 15],
  ['reserved', 'ipv4', '198.51.100.0', 24],
  ['reserved', 'ipv4', '203.0.113.0', 24],
  ['reserved', 'ipv4', '224.0.0.0', 4],
  ['reserved', 'ipv4', '240.0.0.0', 4],
  ['reserved', 'ipv6', '::', 128],
  // NAT64 embeds any IPv4 address; IPv4-mapped addresses (::ffff:a.b.c.d) BlockList judges by the IPv4 rules.
  ['reserved', 'ipv6', '64:ff9b::', 96],
  ['reserved', 'ipv6', '100::', 64],
  ['reserved', 'ipv6', '2001:db8::', 32],
  ['reserved', 'ipv6', 'ff00::', 8],
];

const LISTS = new Map<ForbiddenAddressKind, BlockList>();
for (const [kind, family, network, prefix] of RANGES) {
  if (!LISTS.has(kind)) LISTS.set(kind, new BlockList());
  LISTS.get(kind)!.addSubnet(network, prefix, family);
}

/** The kind of non-public address this is, or undefined for an address on the internet. */
export function forbiddenKind(address: string): ForbiddenAddressKind | undefined {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  for (const [kind, list] of LISTS) if (list.check(address, family)) return kind;
  return undefined;
}

/** A receiver's address is refused; the message names the host and the kind, never the resolved address to tenants. */
export class ForbiddenWebhookAddressError extends Error {
  constructor(
    readonly host: string,
    readonly kind: ForbiddenAddressKind,
  ) {
    super(`webhook host ${host} resolves to a ${kind} address; only addresses on the internet may receive tasks`);
    this.name = 'ForbiddenWebhookAddressError';
  }
}

export interface WebhookAddressPolicy {
  /** Test mode: http and loopback receivers are allowed (tests run a receiver on 127.0.0.1). */
  testMode: boolean;
}

/** What is wrong with a webhook URL before any DNS look-up, or undefined. */
export function webhookUrlProblem(url: string, policy: WebhookAddressPolicy): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'url must be an https URL';
  }
  if (parsed.protocol !== 'https:' && !(policy.testMode && parsed.protocol === 'http:')) return 'url must be an https URL';
  if (parsed.username || parsed.password) return 'url must not carry a user name or password';
  return undefined;
}

/**
 * Resolves a host as a connection would and refuses it when any of its addresses is not public:
 * used at registration, and as the connection's own `lookup` at delivery, so the address checked
 * is the address connected to (a DNS answer that changed since registration is caught).
 */
export function checkedLookup(policy: WebhookAddressPolicy) {
  return (hostname: string, options: object, callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.map(({ address }) => forbiddenKind(address)).find((kind) => kind && !(policy.testMode && kind === 'loopback'));
      if (refused) return callback(new ForbiddenWebhookAddressError(hostname, refused), []);
      if ((options as { all?: boolean }).all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** Refuses a URL whose host is, or resolves to, an address that is not public. */
export function assertPublicHost(url: URL, policy: WebhookAddressPolicy): Promise<void> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return new Promise((resolve, reject) => {
    checkedLookup(policy)(host, {}, (error) => (error ? reject(error) : resolve()));
  });
}
