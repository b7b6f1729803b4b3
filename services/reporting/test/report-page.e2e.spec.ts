import { NestExpressApplication } from '@nestjs/platform-express';
import { AddressInfo } from 'node:net';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '@harbour/testing';
import { REPORT_PAGE_CSP } from '../src/report-page/report-page.controller';
import { http, startReportingService, stopReportingService } from './support/reporting-testbed';

describe('reporting: the public report page, in headless Chromium', () => {
  let app: NestExpressApplication;
  let browser: Browser;
  let page: Page;
  let origin: string;
  const requested: string[] = [];

  beforeAll(async () => {
    app = await startReportingService();
    await app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('request', (request) => requested.push(request.url()));
  });
  afterAll(async () => {
    await browser?.close();
    await stopReportingService(app);
  });

  it('is served with a strict Content-Security-Policy, and holds no inline script or style', async () => {
    const response = await http(app).get('/').expect(200);
    expect(response.headers['content-security-policy']).toBe(REPORT_PAGE_CSP);
    expect(REPORT_PAGE_CSP).toMatch(/^default-src 'self';/);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).not.toMatch(/<script(?![^>]*\ssrc="\/assets\/)/);
    expect(response.text).not.toMatch(/\sstyle=|<style|\son[a-z]+=/);
  });

  it('takes an anonymous report, shows the receipt code, and follows up with it', async () => {
    await page.goto(`${origin}/?lang=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Report a crime without fear');

    await page.getByRole('button', { name: 'Send report' }).click();
    const message = page.getByLabel('Your message');
    expect(await message.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await message.getAttribute('aria-describedby'))!.split(' ');
    await expect(page.locator(`#${describedBy[1]}`).textContent()).resolves.toBe('Please fill in this field.');

    await page.getByLabel('Country where you need help').selectOption('BE');
    await page.getByLabel('What happened').selectOption('trafficking-labour-exploitation');
    await message.fill('We work fourteen hours a day and are not paid.');
    await page.getByRole('button', { name: 'Send report' }).click();
    const receiptCode = page.locator('#receipt-code');
    await receiptCode.filter({ hasText: /-/ }).waitFor();
    const code = (await receiptCode.textContent())!;
    expect(code).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);

    await page.getByLabel('Receipt code', { exact: true }).fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Read replies' }).click();
    await page.locator('#messages li').first().waitFor();
    await expect(page.locator('#messages').textContent()).resolves.toContain('We work fourteen hours a day and are not paid.');

    await page.getByLabel('Add a message').fill('They took our passports.');
    await page.getByRole('button', { name: 'Send message' }).click();
    await page.locator('#messages li').nth(1).waitFor();
    await expect(page.locator('#message-status').textContent()).resolves.toBe('Your message was sent.');
  });

  it('says so, at the field, when a receipt code is not known', async () => {
    await page.goto(`${origin}/?lang=en`);
    const field = page.getByLabel('Receipt code', { exact: true });
    await field.fill('0000-0000-0000-0000-0000-0000-0000');
    await page.getByRole('button', { name: 'Read replies' }).click();
    await page.locator('#receiptCode-error:not([hidden])').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expect(page.locator('#receiptCode-error').textContent()).resolves.toBe('This receipt code is not known. Check it and try again.');
  });

  it.each([
    ['Français', 'fr', 'Signaler un crime sans crainte', 'Votre message'],
    ['Nederlands', 'nl', 'Meld een misdrijf zonder angst', 'Uw bericht'],
    ['Deutsch', 'de', 'Eine Straftat ohne Angst melden', 'Ihre Nachricht'],
    ['English', 'en', 'Report a crime without fear', 'Your message'],
  ])('switches to %s with the language links', async (name, language, title, messageLabel) => {
    await page.goto(`${origin}/?lang=${language === 'en' ? 'de' : 'en'}`);
    await page.getByRole('link', { name }).click();
    await page.waitForURL(`${origin}/?lang=${language}`);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    expect(await page.getByLabel(messageLabel).count()).toBe(1);
    expect(await page.getByRole('link', { name }).getAttribute('aria-current')).toBe('page');
  });

  it('sent no request anywhere but this service', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  });
});
