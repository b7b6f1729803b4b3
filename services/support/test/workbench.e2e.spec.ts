import { NestExpressApplication } from '@nestjs/platform-express';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { SupportActivities } from '@harbour/contracts';
import { PAGE_CSP } from '@harbour/service-runtime';
import { launchChromium } from '@harbour/testing';
import { bearer, http, labourExploitationInBelgium, startSupportService, stopSupportService, supportActivities } from './support/support-testbed';

const ANTWERP = 'be-harbourline-antwerp';
const BRUSSELS = 'be-lighthouse-brussels';
const docs = path.join(__dirname, '..', '..', '..', 'docs');

describe('support: the case worker workbench, in headless Chromium', () => {
  let app: NestExpressApplication;
  let support: SupportActivities;
  let browser: Browser;
  let origin: string;

  /** A new journey's first offer, to the organisation the demo directory gives it, or the next when that one is excluded. */
  const offer = async (to: string) => {
    const command = labourExploitationInBelgium(to === BRUSSELS ? { excludeOrganisationIds: [ANTWERP] } : {});
    const offered = await support.offerReferral(command);
    if (offered?.organisationId !== to) throw new Error(`expected an offer to ${to}, got ${JSON.stringify(offered)}`);
    return offered.referralId;
  };

  /** A browser page signed in as a case worker of `organisationId`, by keyboard. */
  async function signIn(organisationId: string, language = 'en'): Promise<Page> {
    const page = await (await browser.newContext({ locale: language })).newPage();
    await page.goto(`${origin}/workbench`);
    await page.getByLabel(language === 'fr' ? 'Jeton d’accès' : 'Access token').fill(bearer(['support-case-worker'], organisationId));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }
  const row = (page: Page, referralId: string) => page.locator('tbody tr', { hasText: referralId });

  beforeAll(async () => {
    app = await startSupportService();
    support = supportActivities(app);
    await app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stopSupportService(app);
  });

  it('is served with a strict Content-Security-Policy, no script, and refuses a token that is not a case worker\'s', async () => {
    const response = await http(app).get('/workbench').expect(401);
    expect(response.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(response.text).not.toMatch(/<script|\sstyle=|<style|\son[a-z]+=/);
    await http(app).post('/workbench/session').type('form').send({ token: bearer(['first-responder'], 'be-police-antwerp') }).expect(401);
  });

  it('lets a case worker accept, start and complete their own referral, and decline another with a reason', async () => {
    const first = await offer(ANTWERP);
    const second = await offer(ANTWERP);
    const page = await signIn(ANTWERP);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Referrals of ${ANTWERP}`);
    await expect(row(page, first).textContent()).resolves.toMatch(/Offered[\s\S]*labour-exploitation[\s\S]*ro/);
    await page.screenshot({ path: path.join(docs, 'support-workbench.png'), fullPage: true });

    await row(page, first).getByRole('button', { name: `Accept ${first}` }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe(`Accepted: ${first}`);
    await row(page, first).getByRole('button', { name: `Start support ${first}` }).click();
    await row(page, first).getByRole('button', { name: `Complete ${first}` }).click();
    await expect(row(page, first).locator('td').nth(1).textContent()).resolves.toBe('Completed');

    await row(page, second).getByLabel('Reason').selectOption('no-capacity');
    await row(page, second).getByRole('button', { name: `Decline ${second}` }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe(`Declined: ${second}`);
    // A declined referral leaves the inbox: the journey offers it to the next organisation.
    await expect(row(page, second).count()).resolves.toBe(0);
  });

  it('never shows or answers another organisation\'s referral', async () => {
    const antwerps = await offer(ANTWERP);
    const brussels = await offer(BRUSSELS);
    const page = await signIn(BRUSSELS);
    await expect(row(page, brussels).count()).resolves.toBe(1);
    await expect(row(page, antwerps).count()).resolves.toBe(0);
    // A form crafted for Antwerp's referral, sent with Brussels' session, finds nothing.
    const forged = await page.request.post(`${origin}/workbench/tasks/${antwerps}/accept`, { form: {}, maxRedirects: 0 });
    expect(forged.status()).toBe(404);
    const antwerp = await signIn(ANTWERP);
    await expect(row(antwerp, antwerps).locator('td').nth(1).textContent()).resolves.toBe('Offered');
  });

  it('speaks the case worker\'s language, from the browser or the switcher', async () => {
    const page = await signIn(BRUSSELS, 'fr');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByRole('heading', { level: 1, name: `Orientations de ${BRUSSELS}` }).waitFor();
    await page.getByRole('link', { name: 'NL', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Doorverwijzingen van ${BRUSSELS}` }).waitFor();
  });
});
