import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builds } from '../helpers/builds.ts';
import { browserSession } from '../helpers/session.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';

const session = browserSession(builds.samples);

async function expectAccessible(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe('finding an event and switching language', () => {
  it('sends a Norwegian browser from / to /nb/, then to an event and on to the same event in Swedish', async () => {
    const context = await session.browser.newContext({ locale: 'nb-NO' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));

    await page.goto(`${session.server.url}/`);
    await page.waitForURL(`${session.server.url}/nb/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await expectAccessible(page);

    const firstEvent = page.locator('.entry-card__title a').first();
    const title = (await firstEvent.textContent())!.trim();
    await firstEvent.click();
    await page.waitForURL(/\/nb\/events\/[a-z0-9-]+\/$/);
    const eventPath = new URL(page.url()).pathname;
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'Svenska' }).click();
    await page.waitForURL(`${session.server.url}${eventPath.replace('/nb/', '/sv/')}`);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sends a Swedish browser to /sv/ and an unknown language to /en/', async () => {
    for (const [locale, lang] of [['sv-SE', 'sv'], ['de-DE', 'en']] as const) {
      const context = await session.browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${session.server.url}/`);
      await page.waitForURL(`${session.server.url}/${lang}/`);
      await context.close();
    }
  });

  it('offers plain language links on / without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    for (const lang of ['sv', 'nb', 'en']) {
      expect(await page.locator(`a[href="/${lang}/"]`).count()).toBe(1);
    }
    await context.close();
  });

  it('has an accessible language choice on /', async () => {
    // axe needs JavaScript, and with it the page moves on: serve the page without its redirect.
    const page = await session.browser.newPage();
    await page.route(`${session.server.url}/choose-language.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await page.goto(`${session.server.url}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    await expectAccessible(page);
    await page.close();
  });

  it('marks text in another language than the page', async () => {
    const page = await session.browser.newPage();
    // A Swedish entry without an English translation, seen in English.
    await page.goto(`${session.server.url}/en/events/2027-02-02-kroki-pa-tisdagar/`);
    expect(await page.locator('h1').getAttribute('lang')).toBe('sv');
    expect(await page.locator('.prose').getAttribute('lang')).toBe('sv');
    await expectAccessible(page);
    await page.close();
  });

  it('shows a cancelled event as cancelled, accessibly', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}/en/events/2027-05-15-visafton-med-klaralvens-kammarkor/`);
    await expect.poll(() => page.locator('.status-banner--cancelled').textContent()).toContain('Cancelled');
    await expectAccessible(page);
    await page.close();
  });
});
