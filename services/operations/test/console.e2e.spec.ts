import { NestExpressApplication } from '@nestjs/platform-express';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchChromium, uniqueName } from '@harbour/testing';
import { PAGE_CSP } from '@harbour/service-runtime';
import { analyst, deadLetterOnceKept, http, journeyOnceRead, JourneyFacts, journeysWithOutcomes, parkRecord, startOperationsService, stopOperationsService } from './support/operations-testbed';

const docs = path.join(__dirname, '..', '..', '..', 'docs');

describe('operations: the console, in headless Chromium', () => {
  let app: NestExpressApplication;
  let browser: Browser;
  let page: Page;
  let origin: string;
  const requested: string[] = [];
  const organisation = uniqueName('be-ops-console');
  let overdue: JourneyFacts;
  let onTime: JourneyFacts;
  let dutch: JourneyFacts;

  beforeAll(async () => {
    app = await startOperationsService();
    await app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;

    overdue = new JourneyFacts(app);
    await overdue.publish([
      overdue.reportReceived('BE'),
      overdue.obligation('met', 'vrd-4-information', 'Directive 2012/29/EU Art 4'),
      overdue.obligation('missed', 'vrd-5-complaint-acknowledgement', 'Directive 2012/29/EU Art 5(1)', 'be@2'),
      overdue.referralOffered(organisation, 30),
      overdue.closed('declined-by-victim', 'vrd-6-case-update', 'Directive 2012/29/EU Art 6(4)', 'victim-declined'),
      overdue.taskRaised('vrd-22-individual-assessment', 'reminder', 'protection-officer', 20),
    ]);
    onTime = new JourneyFacts(app);
    await onTime.publish([onTime.reportReceived('BE'), onTime.referralOffered(organisation, 6)]);
    dutch = new JourneyFacts(app);
    await dutch.publish([dutch.reportReceived('NL'), dutch.referralOffered(organisation, 2), dutch.obligation('missed', 'vrd-4-information', 'Directive 2012/29/EU Art 4')]);
    await Promise.all([
      journeyOnceRead(app, analyst('BE'), overdue.journeyId, 6),
      journeyOnceRead(app, analyst('BE'), onTime.journeyId, 2),
      journeyOnceRead(app, analyst('NL'), dutch.journeyId, 3),
    ]);

    browser = await launchChromium();
    page = await browser.newPage();
    page.on('request', (request) => requested.push(request.url()));
  });
  afterAll(async () => {
    await browser?.close();
    await stopOperationsService(app);
  });

  it('is served with a strict Content-Security-Policy and holds no script or inline style', async () => {
    const response = await http(app).get('/console').expect(401);
    expect(response.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(PAGE_CSP).toMatch(/^default-src 'none';/);
    expect(response.text).not.toMatch(/<script|\sstyle=|<style|\son[a-z]+=/);
  });

  it('refuses a token that is not an analyst\'s of a country, at the sign-in form', async () => {
    await page.goto(`${origin}/console?lang=en`);
    await page.getByLabel('Access token').fill(analyst(undefined));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/must be a valid operations analyst token that names its country/);
    expect(await page.getByLabel('Access token').getAttribute('aria-invalid')).toBe('true');
  });

  it('lets an analyst of Belgium find an overdue right in their country and open its journey\'s timeline', async () => {
    await page.goto(`${origin}/console?lang=en`);
    await page.getByLabel('Access token').fill(analyst('BE'));
    // By keyboard: the sign-in button is the next stop after the token.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Journeys in BE' }).waitFor();

    await page.getByLabel('Organisation').fill(organisation);
    await page.getByLabel('Overdue only').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/overdue=true/);
    const rows = page.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('vrd-5-complaint-acknowledgement');
    await page.screenshot({ path: path.join(docs, 'operations-console-journeys.png'), fullPage: true });

    await page.getByRole('link', { name: overdue.journeyId }).click();
    await page.getByRole('heading', { level: 1, name: `Journey ${overdue.journeyId}` }).waitFor();
    const timeline = page.getByRole('table', { name: 'Timeline' });
    // Each fact of the journey is in its timeline.
    for (const fact of overdue.published) await expect(timeline.locator('tr', { hasText: fact.type }).count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(timeline.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(overdue.published.length);
    const missed = timeline.locator('tr', { hasText: 'harbour.journey.obligation.missed.v1' });
    await expect(missed.textContent()).resolves.toMatch(/Missed[\s\S]*Directive 2012\/29\/EU Art 5\(1\)[\s\S]*be@2/);
    const declined = timeline.locator('tr', { hasText: 'harbour.journey.obligation.closed.v1' });
    await expect(declined.textContent()).resolves.toMatch(/Declined by the victim[\s\S]*Art 6\(4\)[\s\S]*victim-declined/);
    // The open obligation someone was reminded of, with who must act, until its outcome arrives.
    const awaited = page.getByRole('table', { name: 'Waiting for someone to act' });
    await expect(awaited.locator('tbody tr').count()).resolves.toBe(1);
    await expect(awaited.textContent()).resolves.toMatch(/vrd-22-individual-assessment#1[\s\S]*protection-officer[\s\S]*Reminder/);
    await expect(page.getByRole('table', { name: 'Referrals' }).textContent()).resolves.toContain(organisation);
    const workflow = page.getByRole('link', { name: 'Open its workflow in the Temporal UI' });
    expect(await workflow.getAttribute('href')).toBe(`http://127.0.0.1:8233/namespaces/harbour/workflows/journey-${overdue.journeyId}`);
    await page.screenshot({ path: path.join(docs, 'operations-console-journey.png'), fullPage: true });

    // Everything the pages loaded came from the console itself.
    expect(requested.filter((url) => !url.startsWith(origin))).toEqual([]);
  });

  it('lists journeys by next deadline and never shows another country\'s', async () => {
    await page.goto(`${origin}/console?lang=en&organisation=${organisation}`);
    const links = await page.locator('tbody tr td:first-child a').allTextContents();
    expect(links).toEqual([onTime.journeyId, overdue.journeyId]);
    const response = await page.goto(`${origin}/console/journeys/${dutch.journeyId}`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'No journey with this id in your country.' }).waitFor();
  });

  it('lets the analyst replay a dead letter with a reason, and shows it replayed', async () => {
    const { event, deadLetterId } = await parkRecord(app, overdue.journeyId, `no journey ${overdue.journeyId} yet`);
    await deadLetterOnceKept(app, analyst('BE'), deadLetterId);
    await page.goto(`${origin}/console?lang=en`);
    await page.getByRole('link', { name: 'Dead letters' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dead letters' }).waitFor();
    const row = page.locator('tbody tr', { hasText: deadLetterId });
    await expect(row.textContent()).resolves.toMatch(new RegExp(`harbour.journey.obligation.met.v1[\\s\\S]*${event.id}[\\s\\S]*${overdue.journeyId}[\\s\\S]*no journey`));
    await row.getByLabel('Reason').selectOption('journey-now-exists');
    await page.screenshot({ path: path.join(docs, 'operations-console-dead-letters.png'), fullPage: true });
    await row.getByRole('button', { name: `Replay ${deadLetterId}` }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe(`Replayed: ${deadLetterId}`);
    // Replayed, it leaves the parked list and the read model takes the fact.
    await expect(page.locator('tbody tr', { hasText: deadLetterId }).count()).resolves.toBe(0);
    await journeyOnceRead(app, analyst('BE'), overdue.journeyId, 7);
    await page.getByLabel('State').selectOption('replayed');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.locator('tbody tr', { hasText: deadLetterId }).textContent()).resolves.toMatch(/Replayed[\s\S]*The journey exists now[\s\S]*test-analyst-BE/);
  });

  it('shows the monitoring table with its small cells suppressed, and exports it', async () => {
    const ruleId = uniqueName('monitoring-console').toLowerCase().replace(/[^a-z0-9-]/g, '-');
    await journeysWithOutcomes(app, analyst('BE'), 'BE', ruleId, '2025-02', [...Array<'met'>(11).fill('met'), 'missed']);
    await page.goto(`${origin}/console?lang=en`);
    await page.getByRole('link', { name: 'Implementation monitoring' }).click();
    await page.getByLabel('From (month)').fill('2025-02');
    await page.getByLabel('To (month)').fill('2025-02');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('heading', { level: 1, name: 'Implementation monitoring BE' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(ruleId) });
    // Twelve outcomes; the one missed is too few to show, and the met count would give it away; met 1 … 11 hours after opening.
    await expect(row.locator('td').allTextContents()).resolves.toEqual(['2025-02', '12', '–', '–', '0', '0', '0', '0', '0', '–', '6']);
    await page.screenshot({ path: path.join(docs, 'operations-console-monitoring.png'), fullPage: true });
    const download = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export as CSV' }).click()]).then(([file]) => file);
    expect(download.suggestedFilename()).toBe('harbour-monitoring-BE-2025-02-2025-02.csv');
  });

  it.each([
    ['fr', 'Parcours en BE', 'En retard seulement'],
    ['nl', 'Trajecten in BE', 'Alleen te laat'],
    ['de', 'Verläufe in BE', 'Nur überfällige'],
  ])('speaks %s', async (lang, heading, overdueLabel) => {
    await page.goto(`${origin}/console?lang=en`);
    await page.getByRole('link', { name: lang.toUpperCase(), exact: true }).click();
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await expect(page.getByLabel(overdueLabel).count()).resolves.toBe(1);
  });
});
