import { loadConfig } from '@harbour/service-runtime';
import { SupportConfig } from '../support-config';
import { assertPublicHost, forbiddenKind, webhookUrlProblem } from './webhook-address';

describe('webhook receiver addresses', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.20.30.40', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['0.0.0.0', 'reserved'],
    ['::', 'reserved'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::a00:1', 'reserved'],
    ['224.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
  ])('%s is %s', (address, kind) => {
    expect(forbiddenKind(address)).toBe(kind);
  });

  it.each(['93.184.215.14', '172.32.0.1', '8.8.8.8', '2a00:1450:4001:82a::200e'])('%s is on the internet', (address) => {
    expect(forbiddenKind(address)).toBeUndefined();
  });

  it('wants https outside test mode, and no credentials in the URL', () => {
    expect(webhookUrlProblem('http://tasks.example.org/harbour', { testMode: false })).toBe('url must be an https URL');
    expect(webhookUrlProblem('http://127.0.0.1:8080/harbour', { testMode: true })).toBeUndefined();
    expect(webhookUrlProblem('https://user:pw@tasks.example.org/', { testMode: false })).toBe('url must not carry a user name or password');
    expect(webhookUrlProblem('https://tasks.example.org/harbour', { testMode: false })).toBeUndefined();
  });

  it('resolves a name before judging it: localhost is loopback, allowed only in test mode', async () => {
    await expect(assertPublicHost(new URL('https://localhost/'), { testMode: false })).rejects.toThrow('webhook host localhost resolves to a loopback address');
    await expect(assertPublicHost(new URL('https://localhost/'), { testMode: true })).resolves.toBeUndefined();
    await expect(assertPublicHost(new URL('https://[::ffff:a9fe:a9fe]/'), { testMode: true })).rejects.toThrow('resolves to a link-local address');
    await expect(assertPublicHost(new URL('https://169.254.169.254/'), { testMode: true })).rejects.toThrow('resolves to a link-local address');
  });

  it('refuses test mode in production at boot', () => {
    expect(() => loadConfig(SupportConfig, { NODE_ENV: 'production', SUPPORT_WEBHOOK_TEST_MODE: 'true' })).toThrow(
      'SUPPORT_WEBHOOK_TEST_MODE cannot be "true" when NODE_ENV is production',
    );
    expect(loadConfig(SupportConfig, { SUPPORT_WEBHOOK_TEST_MODE: 'true' }).webhookAddressPolicy).toEqual({ testMode: true });
  });
});
