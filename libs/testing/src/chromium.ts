import { Browser, chromium } from 'playwright-core';

/** Debian's Chromium, installed by `deploy/local/harbour install browser`; never a downloaded build. */
export const chromiumPath = (): string => process.env.HARBOUR_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Headless Chromium for page tests. Background networking, sync and updates are off: the machine
 * reaches nothing beyond loopback, and a page test must not depend on what the browser phones home.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
